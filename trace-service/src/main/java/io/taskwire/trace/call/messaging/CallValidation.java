package io.taskwire.trace.call.messaging;

import java.time.Instant;

import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.llm.LlmCallRecorded;

/**
 * What a call must satisfy to be stored, beyond parsing. Every check here guards against
 * a value the database would refuse: such a record could never be stored, would be
 * retried forever and block its partition, so it goes to the dead-letter topic instead.
 */
final class CallValidation {

	/** Longest name, model, step or prompt version kept. */
	static final int MAX_NAME_LENGTH = 200;

	private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	private CallValidation() {
	}

	static void check(LlmCallRecorded call) {
		require(call.attempt() >= 1, "attempt must be at least 1, was " + call.attempt());
		name("owner", call.owner());
		name("taskType", call.taskType());
		name("step", call.step());
		name("provider", call.provider());
		name("model", call.model());
		if (call.promptVersion() != null) {
			name("promptVersion", call.promptVersion());
		}
		require(!call.request().isNull(), "request must not be null");
		require(call.usage().inputTokens() >= 0 && call.usage().outputTokens() >= 0 && call.usage().totalTokens() >= 0,
				"token counts must not be negative");
		require(call.latencyMillis() >= 0, "latencyMillis must not be negative");
		require(!call.startedAt().isBefore(EARLIEST) && !call.startedAt().isAfter(LATEST), "startedAt is out of range");
	}

	private static void name(String field, String value) {
		require(!value.isBlank(), field + " must not be blank");
		require(value.length() <= MAX_NAME_LENGTH, field + " is longer than " + MAX_NAME_LENGTH + " characters");
		require(value.indexOf('\u0000') < 0, field + " contains a NUL character");
	}

	private static void require(boolean condition, String reason) {
		if (!condition) {
			throw new InvalidMessage("invalid llm.call-recorded: " + reason);
		}
	}

}
