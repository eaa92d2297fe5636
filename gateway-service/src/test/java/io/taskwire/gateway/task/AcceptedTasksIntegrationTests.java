package io.taskwire.gateway.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.taskwire.contracts.Ids;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedTasksIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	private AcceptedTasks acceptedTasks;

	@Autowired
	private AcceptedTaskSweeper sweeper;

	@Test
	void findsAnAcceptedTaskOnlyForItsOwnerOrAnyoneWhenAdmin() {
		AcceptedTask task = accepted("alice", Instant.now());
		this.acceptedTasks.insert(task).block();
		assertThat(this.acceptedTasks.find(task.id(), "alice").block()).isEqualTo(task);
		assertThat(this.acceptedTasks.find(task.id(), "bob").block()).isNull();
		assertThat(this.acceptedTasks.find(task.id(), null).block()).isEqualTo(task);
	}

	@Test
	void sweepsRowsPastTheirRetention() {
		AcceptedTask old = accepted("alice", Instant.now().minus(Duration.ofHours(25)));
		AcceptedTask fresh = accepted("alice", Instant.now().minus(Duration.ofHours(23)));
		this.acceptedTasks.insert(old).then(this.acceptedTasks.insert(fresh)).block();
		assertThat(this.sweeper.sweep().block()).isPositive();
		assertThat(acceptedRows(old.id())).isZero();
		assertThat(acceptedRows(fresh.id())).isOne();
	}

	private static AcceptedTask accepted(String owner, Instant at) {
		TaskCreated command = new TaskCreated(Ids.uuidV7(Clock.systemUTC()), owner, "noop",
				JsonNodeFactory.instance.objectNode().put("sleepMs", 1), new TaskOptions("m", null), 5, 60, null, 3, 4,
				Map.of("k", "v"), null, null, null);
		return new AcceptedTask(command, "4bf92f3577b34da6a3ce929d0e0e4736",
				at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
	}

}
