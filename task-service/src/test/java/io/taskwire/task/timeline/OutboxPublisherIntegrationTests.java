package io.taskwire.task.timeline;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.taskwire.task.Messages.aTask;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxPublisherIntegrationTests extends TaskServiceIntegrationTest {

	@Autowired
	private OutboxPublisher outboxPublisher;

	@Test
	void publishesARowCommittedBeforeACrashWithItsOwnEventId() {
		UUID taskId = UUID.randomUUID();
		Envelope<TaskStatusChanged> envelope = Messages.envelope(new TaskStatusChanged(taskId, "alice", "noop", 1, null,
				TaskStatus.QUEUED, 0, null, null, null, null, null), this.clock);

		this.db
			.sql("INSERT INTO timeline (task_id, seq, event_id, type, occurred_at, envelope)"
					+ " VALUES (:taskId, 1, :eventId, :type, :occurredAt, CAST(:envelope AS jsonb))")
			.bind("taskId", taskId)
			.bind("eventId", envelope.eventId())
			.bind("type", envelope.type())
			.bind("occurredAt", envelope.occurredAt())
			.bind("envelope", new String(this.codec.encode(envelope), StandardCharsets.UTF_8))
			.then()
			.block();

		Envelope<Message> published = eventually()
			.until(() -> this.recorded.envelopes(Topic.TASKS_STATUS, taskId.toString()), (sent) -> !sent.isEmpty())
			.get(0);
		assertThat(published).isEqualTo(envelope);
		eventually().until(
				() -> count("SELECT count(*) FROM timeline WHERE task_id = :id AND published_at IS NULL", taskId) == 0);
		assertThat(this.recorded.envelopes(Topic.TASKS_STATUS, taskId.toString())).hasSize(1);
	}

	@Test
	void publishesWhatWasCommittedWhileItWasStoppedOnceItRunsAgain() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		this.outboxPublisher.stop();
		try {
			send(created);
			awaitTask(created.taskId());
			assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id AND published_at IS NULL",
					created.taskId()))
				.isEqualTo(1);
			assertThat(published(created.taskId())).isEmpty();
		}
		finally {
			this.outboxPublisher.start();
		}

		eventually().until(() -> published(created.taskId()).size() == 1);
		eventually().until(() -> count("SELECT count(*) FROM timeline WHERE task_id = :id AND published_at IS NULL",
				created.taskId()) == 0);
		assertThat(published(created.taskId())).hasSize(1);
	}

}
