package io.taskwire.worker.execution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.SendLog;
import io.taskwire.worker.support.TopicRecorder.Received;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records on {@code tasks.dispatch} that are not a readable {@code TaskDispatched} go to
 * {@code tasks.dispatch.DLT} with the reason, and nothing runs for them; the records
 * after them are not held up.
 */
class MalformedDispatchIntegrationTests extends WorkerIntegrationTest {

	@Autowired
	private KafkaTemplate<String, byte[]> kafkaTemplate;

	@Autowired
	private MessageCodec codec;

	@Test
	void deadLettersWhatItCannotReadAndRunsNothing() throws Exception {
		UUID garbage = UUID.randomUUID();
		UUID wrongType = UUID.randomUUID();
		UUID missingOwner = UUID.randomUUID();
		send(garbage, "not json at all {".getBytes(StandardCharsets.UTF_8));
		send(wrongType,
				this.codec
					.encode(Envelope.of(new CancelAttempt(wrongType, 1, WORKER_ID, CancelAttempt.Reason.CANCELLED),
							Traceparent.newRoot(), this.clock)));
		send(missingOwner, withoutOwner(missingOwner));
		UUID marker = dispatch(aDispatch("noop").build(), 0).taskId();

		awaitEvent(marker, TaskSucceeded.class);
		List<Received> deadLetters = eventually().until(
				() -> this.recorder.of(this.topicNames.deadLetterOf(Topic.TASKS_DISPATCH)),
				(records) -> records.size() >= 3);

		assertThat(deadLetters).extracting(Received::key)
			.containsExactly(garbage.toString(), wrongType.toString(), missingOwner.toString());
		assertThat(deadLetters.get(0).deadLetterReason()).startsWith("invalid record");
		assertThat(deadLetters.get(1).deadLetterReason()).contains("attempt.cancel does not belong on tasks.dispatch");
		assertThat(deadLetters.get(2).deadLetterReason()).contains("owner");
		for (UUID bad : List.of(garbage, wrongType, missingOwner)) {
			assertThat(SendLog.sentWithKey(topic(Topic.TASKS_WORKER_EVENTS), bad.toString())).isZero();
		}
	}

	private byte[] withoutOwner(UUID taskId) {
		var dispatch = aDispatch("noop").build();
		ObjectNode envelope = (ObjectNode) this.codec.mapper()
			.readTree(this.codec.encode(Envelope.of(dispatch, Traceparent.newRoot(), this.clock)));
		((ObjectNode) envelope.get("payload")).put("taskId", taskId.toString()).remove("owner");
		envelope.put("eventId", Ids.uuidV7(this.clock).toString());
		return this.codec.mapper().writeValueAsBytes(envelope);
	}

	private void send(UUID key, byte[] value) throws Exception {
		this.kafkaTemplate.send(new ProducerRecord<>(topic(Topic.TASKS_DISPATCH), 0, key.toString(), value)).get();
	}

}
