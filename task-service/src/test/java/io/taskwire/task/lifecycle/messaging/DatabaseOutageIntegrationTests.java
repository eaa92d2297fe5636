package io.taskwire.task.lifecycle.messaging;

import java.time.Duration;

import io.taskwire.contracts.Topic;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.taskwire.task.Messages.aTask;
import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageIntegrationTests extends TaskServiceIntegrationTest {

	@Test
	void retriesACommandWhileTheDatabaseFailsAndNeverDeadLettersIt() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		// every TaskCreated fails while the table its insert reads is away
		this.db.sql("ALTER TABLE task_tombstone RENAME TO task_tombstone_away").then().block();
		try {
			send(created);
			eventually().during(Duration.ofSeconds(1)).until(() -> task(created.taskId()) == null);
		}
		finally {
			this.db.sql("ALTER TABLE task_tombstone_away RENAME TO task_tombstone").then().block();
		}

		awaitTask(created.taskId());
		eventually().until(() -> published(created.taskId()).size() == 1);
		assertThat(this.recorded.deadLettersOf(Topic.TASKS_COMMANDS, created.taskId().toString())).isEmpty();
		assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id", created.taskId())).isEqualTo(1);
	}

}
