package io.taskwire.trace.call.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.trace.CallFixture;
import io.taskwire.trace.DeadLetterTopic;
import io.taskwire.trace.TraceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.taskwire.trace.CallFixture.aCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code TaskDeleted} on {@code tasks.status} removes a task's calls for good; other
 * status messages are skipped without parsing.
 */
class TaskDeletionIntegrationTests extends TraceIntegrationTest {

	@Test
	void removesTheCallsOfADeletedTask() {
		UUID taskId = UUID.randomUUID();
		publish(aCall().forTask(taskId).envelope());
		publish(aCall().forTask(taskId).inAttempt(2).envelope());
		awaitStoredCalls(taskId, 2);

		publish(deleted(taskId));

		awaitStoredCalls(taskId, 0);
		getCalls(taskId, null).exchange().expectBody().json("{\"items\":[]}");
	}

	@Test
	void keepsOutCallsThatArriveAfterTheirTaskWasDeleted() {
		UUID taskId = UUID.randomUUID();
		UUID otherTask = UUID.randomUUID();
		publish(deleted(taskId));
		eventually().until(() -> isRemembered(taskId));

		publish(aCall().forTask(taskId).envelope(), 0);
		publish(aCall().forTask(otherTask).envelope(), 0);

		awaitStoredCalls(otherTask, 1);
		assertThat(storedCalls(taskId)).isZero();
	}

	@Test
	void ignoresStatusMessagesOtherThanDeletions() {
		UUID taskId = UUID.randomUUID();
		UUID deletedTask = UUID.randomUUID();
		publish(aCall().forTask(taskId).envelope());
		awaitStoredCalls(taskId, 1);

		publish(Envelope.of(new TaskStatusChanged(taskId, "alice", "llm.chat", 5, TaskStatus.RUNNING,
				TaskStatus.SUCCEEDED, 1, null, null, null, null, null), CallFixture.TRACEPARENT, Clock.systemUTC()), 0);
		publish(deleted(deletedTask), 0);

		eventually().until(() -> isRemembered(deletedTask));
		assertThat(storedCalls(taskId)).isOne();
	}

	@Test
	void skipsOtherStatusMessagesWithoutParsingThem() {
		String key = UUID.randomUUID().toString();
		byte[] notParsed = "garbage that is not a status change".getBytes(StandardCharsets.UTF_8);
		byte[] parsed = "garbage that claims to be a deletion".getBytes(StandardCharsets.UTF_8);

		send(Topic.TASKS_STATUS, 0, key, notParsed, "task.status-changed");
		send(Topic.TASKS_STATUS, 0, key, parsed, "task.deleted");

		try (DeadLetterTopic deadLetters = deadLetterTopicOf(Topic.TASKS_STATUS)) {
			// same key, so the same dead-letter partition: had the first been parsed, it
			// would be the first dead letter
			ConsumerRecord<String, byte[]> first = deadLetters.awaitFirstWithKey(key);
			assertThat(first.value()).isEqualTo(parsed);
			assertThat(reasonOf(first)).contains("invalid record");
		}
	}

	private Envelope<TaskDeleted> deleted(UUID taskId) {
		return Envelope.of(new TaskDeleted(taskId, "alice", "llm.chat", 9), CallFixture.TRACEPARENT, Clock.systemUTC());
	}

	private boolean isRemembered(UUID taskId) {
		return this.database.sql("SELECT count(*) FROM deleted_task WHERE task_id = :taskId")
			.bind("taskId", taskId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block() == 1;
	}

}
