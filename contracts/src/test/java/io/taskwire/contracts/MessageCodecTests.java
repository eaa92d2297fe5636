package io.taskwire.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.taskwire.contracts.worker.TaskStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessageCodecTests {

	private final MessageCodec codec = new MessageCodec();

	@Test
	void roundTripsAnEnvelopeMadeFromAClock() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
		Envelope<TaskStarted> envelope = Envelope.of(new TaskStarted(SampleMessages.TASK_ID, 1, "w-1"),
				Traceparent.newRoot(), clock);

		Envelope<Message> decoded = this.codec.decode(this.codec.encode(envelope));

		assertThat(decoded).isEqualTo(envelope);
		assertThat(decoded.type()).isEqualTo("task.started");
		assertThat(decoded.occurredAt()).isEqualTo(clock.instant());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not json", "[]", "42", "{}", "{\"type\":\"task.exploded\",\"payload\":{}}",
			"{\"eventId\":\"019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f\",\"type\":\"task.started\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-11-23T09:30:00Z\",\"traceparent\":\"x\"}",
			"{\"eventId\":\"019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f\",\"type\":\"task.started\",\"schemaVersion\":9,"
					+ "\"occurredAt\":\"2026-11-23T09:30:00Z\",\"traceparent\":\"x\",\"payload\":{}}",
			"{\"eventId\":\"019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f\",\"type\":\"task.started\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-11-23T09:30:00Z\",\"traceparent\":\"x\","
					+ "\"payload\":{\"taskId\":\"019a5c3e-7b10-7c4e-9a3b-2f1d0c9e8a71\",\"workerId\":\"w\"}}",
			"{\"eventId\":\"019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f\",\"type\":\"task.started\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-11-23T09:30:00Z\",\"traceparent\":\"x\","
					+ "\"payload\":{\"taskId\":\"not-a-uuid\",\"attempt\":1,\"workerId\":\"w\"}}",
			"{\"eventId\":\"019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f\",\"type\":\"task.failed\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-11-23T09:30:00Z\",\"traceparent\":\"x\",\"payload\":{\"taskId\":"
					+ "\"019a5c3e-7b10-7c4e-9a3b-2f1d0c9e8a71\",\"attempt\":1,\"workerId\":\"w\",\"kind\":\"meltdown\","
					+ "\"retryable\":true}}",
			"{\"eventId\":\"019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f\",\"type\":\"task.logged\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-11-23T09:30:00Z\",\"traceparent\":\"x\",\"payload\":{\"taskId\":"
					+ "\"019a5c3e-7b10-7c4e-9a3b-2f1d0c9e8a71\",\"attempt\":1,\"workerId\":\"w\",\"line\":"
					+ "{\"level\":\"INFO\",\"message\":\"wire names are matched exactly\"}}}" })
	void rejectsWhatIsNotAValidEnvelopeAsInvalidMessage(String value) {
		assertThatExceptionOfType(InvalidMessage.class)
			.isThrownBy(() -> this.codec.decode(value.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void rejectsAnAbsentValue() {
		assertThatExceptionOfType(InvalidMessage.class).isThrownBy(() -> this.codec.decode(null));
	}

}
