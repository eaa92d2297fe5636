package io.taskwire.task.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.Traceparent;
import io.taskwire.task.dispatch.DispatchPlan.Assignment;
import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.lifecycle.TaskSpec;
import io.taskwire.task.worker.Worker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchPlanTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

	@Test
	void neverPlansMoreLiveAttemptsOfAnOwnerThanTheLimit() {
		List<Task> claimed = List.of(task("alice", "noop", 2), task("alice", "noop", 2), task("alice", "noop", 2),
				task("bob", "noop", 2));
		List<LiveAttempt> live = List.of(new LiveAttempt(UUID.randomUUID(), 1, "alice", "noop", "w1"));

		List<Assignment> plan = DispatchPlan.plan(claimed, live, capacity("noop", 10));

		assertThat(plan).extracting((a) -> a.task().owner()).containsExactly("alice", "bob");
	}

	@Test
	void neverPlansMoreThanTheFreeSlotsOfAType() {
		List<Task> claimed = List.of(task("alice", "noop", 9), task("bob", "noop", 9), task("carol", "chat", 9));

		List<Assignment> plan = DispatchPlan.plan(claimed, List.of(), capacity("noop", 1));

		assertThat(plan).singleElement().satisfies((a) -> {
			assertThat(a.task().owner()).isEqualTo("alice");
			assertThat(a.worker().id()).isEqualTo("w1");
		});
	}

	private static WorkerCapacity capacity(String type, int free) {
		return WorkerCapacity.of(List.of(new Worker("w1", Map.of(type, free), List.of(), List.of(0), NOW)), List.of());
	}

	private static Task task(String owner, String type, int concurrencyLimit) {
		TaskSpec spec = new TaskSpec(owner, type, JsonNodeFactory.instance.objectNode(), TaskOptions.DEFAULTS, 5, 60,
				null, 3, concurrencyLimit, Map.of(), null, null, null, Traceparent.newRoot(), NOW);
		return Task.queued(UUID.randomUUID(), spec, NOW);
	}

}
