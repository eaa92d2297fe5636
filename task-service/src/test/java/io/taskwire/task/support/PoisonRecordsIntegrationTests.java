package io.taskwire.task.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.taskwire.contracts.Topic;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.support.kafka.DeadLetters;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.taskwire.task.Messages.aTask;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records that cannot be parsed or are invalid go to their topic's DLT with the reason,
 * change nothing, and do not hold up the records after them.
 */
class PoisonRecordsIntegrationTests extends TaskServiceIntegrationTest {

	@Test
	void deadLettersGarbageOnTheCommandTopicAndAppliesTheNextCommand() throws Exception {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		String key = created.taskId().toString();

		sendRaw(Topic.TASKS_COMMANDS, key, new byte[] { (byte) 0xff, 0x00, 0x13, 0x37 });
		send(created);

		awaitTask(created.taskId());
		assertThat(reasonOf(awaitDeadLetter(Topic.TASKS_COMMANDS, key))).startsWith("invalid record");
		assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id", created.taskId())).isEqualTo(1);
	}

	@Test
	void deadLettersAnUnknownMessageType() throws Exception {
		String key = UUID.randomUUID().toString();

		sendRaw(Topic.TASKS_COMMANDS, key, json("{\"eventId\":\"" + UUID.randomUUID()
				+ "\",\"type\":\"task.exploded\",\"schemaVersion\":1,\"occurredAt\":\"2026-11-23T09:30:00Z\","
				+ "\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\",\"payload\":{}}"));

		assertThat(reasonOf(awaitDeadLetter(Topic.TASKS_COMMANDS, key))).contains("unknown message type");
		assertThat(task(UUID.fromString(key))).isNull();
	}

	@Test
	void deadLettersACommandWithMissingFields() throws Exception {
		UUID id = UUID.randomUUID();

		sendRaw(Topic.TASKS_COMMANDS, id.toString(),
				json("{\"eventId\":\"" + UUID.randomUUID()
						+ "\",\"type\":\"task.created\",\"schemaVersion\":1,\"occurredAt\":\"2026-11-23T09:30:00Z\","
						+ "\"traceparent\":\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\","
						+ "\"payload\":{\"taskId\":\"" + id + "\",\"type\":\"noop\",\"priority\":5}}"));

		awaitDeadLetter(Topic.TASKS_COMMANDS, id.toString());
		awaitEarlierCommandsApplied();
		assertThat(task(id)).isNull();
	}

	@Test
	void deadLettersAMessageThatDoesNotBelongOnTheTopic() throws Exception {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		String key = created.taskId().toString();

		sendRaw(Topic.TASKS_WORKER_EVENTS, key, this.codec.encode(Messages.envelope(created, this.clock)));

		assertThat(reasonOf(awaitDeadLetter(Topic.TASKS_WORKER_EVENTS, key))).contains("does not belong on topic");
		assertThat(task(created.taskId())).isNull();
	}

	@Test
	void deadLettersGarbageWorkerEventsAndAppliesTheNextEvent() throws Exception {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		send(created);
		awaitTask(created.taskId());
		String key = created.taskId().toString();

		sendRaw(Topic.TASKS_WORKER_EVENTS, key, "not json".getBytes(StandardCharsets.UTF_8));
		sendRaw(Topic.TASKS_WORKER_EVENTS, key, json("{\"type\":\"task.started\",\"schemaVersion\":1}"));
		send(Messages.logged(created.taskId(), 1, "some-worker", "after the garbage"));

		eventually().until(() -> count("SELECT count(*) FROM timeline WHERE task_id = :id", created.taskId()) == 2);
		eventually().until(() -> this.recorded.deadLettersOf(Topic.TASKS_WORKER_EVENTS, key).size() == 2);
		assertThat(task(created.taskId()).status()).isEqualTo(io.taskwire.contracts.TaskStatus.QUEUED);
	}

	@Test
	void deadLettersGarbageHeartbeatsAndAppliesTheNextOne() throws Exception {
		String worker = Messages.aWorker();

		sendRaw(Topic.WORKERS_HEARTBEATS, worker, "{\"eventId\":".getBytes(StandardCharsets.UTF_8));
		send(Messages.heartbeat(worker, Messages.aType(), 1, 0));

		awaitDeadLetter(Topic.WORKERS_HEARTBEATS, worker);
		eventually().until(() -> count("SELECT count(*) FROM worker WHERE id = :id", worker) == 1);
	}

	@Test
	void deadLettersACommandCarryingTextTheDatabaseRefuses() {
		TaskCreated created = aTask(this.clock).ofType("noop\u0000evil").build();

		send(created);

		assertThat(reasonOf(awaitDeadLetter(Topic.TASKS_COMMANDS, created.taskId().toString())))
			.startsWith("rejected by the database");
		awaitEarlierCommandsApplied();
		assertThat(task(created.taskId())).isNull();
	}

	@Test
	void deadLettersAWorkerEventCarryingTextTheDatabaseRefuses() {
		String type = Messages.aType();
		String worker = aLiveWorker(type, 1);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		send(created);
		awaitDispatch(created.taskId(), 1);

		send(Messages.logged(created.taskId(), 1, worker, "a NUL \u0000 in a log line"));
		send(Messages.logged(created.taskId(), 1, worker, "the next line"));

		assertThat(reasonOf(awaitDeadLetter(Topic.TASKS_WORKER_EVENTS, created.taskId().toString())))
			.startsWith("rejected by the database");
		eventually().until(() -> count("SELECT count(*) FROM timeline WHERE task_id = :id", created.taskId()) == 3);
		assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id"
				+ " AND envelope->'payload'->'log'->>'message' = 'the next line'", created.taskId()))
			.isEqualTo(1);
	}

	@Test
	void deadLettersHeartbeatsWithImpossibleSlotsOrPartitions() {
		String worker = Messages.aWorker();

		send(Messages.heartbeat(worker, Messages.aType(), 1, 7));
		send(Messages.heartbeat(worker, Messages.aType(), -1, 0));

		eventually().until(() -> this.recorded.deadLettersOf(Topic.WORKERS_HEARTBEATS, worker).size() == 2);
		assertThat(reasonOf(this.recorded.deadLettersOf(Topic.WORKERS_HEARTBEATS, worker).get(0)))
			.isEqualTo("partitions must be within 0..1");
		assertThat(count("SELECT count(*) FROM worker WHERE id = :id", worker)).isZero();
	}

	private ConsumerRecord<String, byte[]> awaitDeadLetter(Topic topic, String key) {
		return eventually().until(() -> this.recorded.deadLettersOf(topic, key), (records) -> !records.isEmpty())
			.get(0);
	}

	private static String reasonOf(ConsumerRecord<String, byte[]> deadLetter) {
		return new String(deadLetter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8);
	}

	private static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
