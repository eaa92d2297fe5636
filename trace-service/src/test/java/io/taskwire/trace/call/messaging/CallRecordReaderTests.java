package io.taskwire.trace.call.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.trace.CallFixture;
import io.taskwire.trace.call.CallBodies;
import io.taskwire.trace.call.LlmCall;
import io.taskwire.trace.call.TraceProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.unit.DataSize;

import static io.taskwire.trace.CallFixture.aCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which {@code llm.calls} records become calls, and which are invalid (and so
 * dead-lettered rather than retried forever).
 */
class CallRecordReaderTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final MessageCodec codec = new MessageCodec();

	private final CallRecordReader reader = new CallRecordReader(this.codec, new CallBodies(
			new TraceProperties(DataSize.ofKilobytes(256), Map.of(), Duration.ofSeconds(60)), this.codec));

	@Test
	void readsACallWithItsEnvelopeAndStoredBodies() {
		Envelope<LlmCallRecorded> envelope = aCall().withPrompt("key sk-abcdefghijklmnopqrstuvwx").envelope();

		LlmCall call = this.reader.read(record(this.codec.encode(envelope)), NOW);

		assertThat(call.id()).isEqualTo(envelope.payload().callId());
		assertThat(call.eventId()).isEqualTo(envelope.eventId());
		assertThat(call.request()).contains("[REDACTED:openai_key]");
		assertThat(call.response()).isEqualTo("{\"content\":\"Hello\"}");
		assertThat(call.redacted()).isTrue();
		assertThat(call.truncated()).isFalse();
		assertThat(call.recordedAt()).isEqualTo(NOW);
	}

	@Test
	void rejectsBytesThatAreNotJson() {
		assertInvalid(new byte[] { (byte) 0xff, 0x00, 0x13 }, "invalid record");
		assertInvalid(new byte[0], "empty record value");
		assertInvalid(null, "empty record value");
	}

	@Test
	void rejectsAnUnknownMessageType() {
		assertInvalid(edited((json) -> json.put("type", "llm.call-forgotten")), "unknown message type");
	}

	@Test
	void rejectsAnotherMessageOnTheTopic() {
		Envelope<TaskDeleted> deleted = Envelope.of(new TaskDeleted(UUID.randomUUID(), "alice", "llm.chat", 9),
				CallFixture.TRACEPARENT, Clock.systemUTC());

		assertInvalid(this.codec.encode(deleted), "unexpected message type 'task.deleted'");
	}

	@Test
	void rejectsACallMissingARequiredField() {
		for (String field : new String[] { "callId", "taskId", "attempt", "owner", "model", "request", "startedAt",
				"outcome" }) {
			assertInvalid(edited((json) -> payload(json).remove(field)), "invalid record");
		}
	}

	@Test
	void rejectsACallOutsideAnyAttempt() {
		assertInvalid(edited((json) -> payload(json).put("attempt", 0)), "attempt must be at least 1");
	}

	@Test
	void rejectsValuesTheDatabaseWouldRefuse() {
		assertInvalid(edited((json) -> payload(json).put("model", "gpt\u0000mini")), "NUL");
		assertInvalid(edited((json) -> payload(json).put("owner", " ")), "owner must not be blank");
		assertInvalid(edited((json) -> payload(json).put("step", "s".repeat(201))), "step is longer than 200");
		assertInvalid(edited((json) -> payload(json).put("startedAt", "+100000-01-01T00:00:00Z")), "out of range");
		assertInvalid(edited((json) -> payload(json).put("latencyMillis", -1)), "latencyMillis");
		assertInvalid(edited((json) -> payload(json).putObject("usage")
			.put("inputTokens", -5)
			.put("outputTokens", 1)
			.put("totalTokens", -4)), "token counts");
		assertInvalid(edited((json) -> payload(json).putNull("request")), "request");
	}

	@Test
	void rejectsAnUnknownOutcomeOrFailureKind() {
		assertInvalid(edited((json) -> payload(json).put("outcome", "maybe")), "invalid record");
		assertInvalid(edited((json) -> payload(json).put("failureKind", "gremlins")), "invalid record");
	}

	private void assertInvalid(byte[] value, String reason) {
		assertThatExceptionOfType(InvalidMessage.class).isThrownBy(() -> this.reader.read(record(value), NOW))
			.withMessageContaining(reason);
	}

	private byte[] edited(Consumer<ObjectNode> edit) {
		ObjectNode json = (ObjectNode) this.codec.mapper().readTree(this.codec.encode(aCall().envelope()));
		edit.accept(json);
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static ObjectNode payload(ObjectNode envelope) {
		return (ObjectNode) envelope.get("payload");
	}

	private static ConsumerRecord<String, byte[]> record(byte[] value) {
		return new ConsumerRecord<>("llm.calls", 0, 42L, "key", value);
	}

}
