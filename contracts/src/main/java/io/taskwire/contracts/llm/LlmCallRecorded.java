package io.taskwire.contracts.llm;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.taskwire.contracts.WireNames;
import com.fasterxml.jackson.annotation.JsonValue;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Message;
import tools.jackson.databind.JsonNode;

/**
 * One call a worker made to an LLM provider, with what went out and what came back.
 *
 * @param callId unique id of the call; consumers store each call once
 * @param taskId the task
 * @param attempt the attempt
 * @param owner the task's owner
 * @param taskType the task's type
 * @param step which step of the handler made it, such as {@code chat} or {@code day-2}
 * @param provider the provider name
 * @param model the model that answered
 * @param promptVersion the version of the handler's prompt template
 * @param request the request as sent, redacted
 * @param response the response as received, redacted, or {@code null} when there was none
 * @param usage tokens used
 * @param latencyMillis from request to full response
 * @param startedAt when the call began
 * @param outcome whether it succeeded
 * @param failureKind why it failed, or {@code null}
 */
public record LlmCallRecorded(UUID callId, UUID taskId, int attempt, String owner, String taskType, String step,
		String provider, String model, String promptVersion, JsonNode request, JsonNode response, Usage usage,
		long latencyMillis, Instant startedAt, Outcome outcome, FailureKind failureKind) implements Message {

	public LlmCallRecorded {
		Objects.requireNonNull(callId, "callId");
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(taskType, "taskType");
		Objects.requireNonNull(step, "step");
		Objects.requireNonNull(provider, "provider");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(outcome, "outcome");
		usage = (usage != null) ? usage : Usage.of(0, 0);
	}

	@Override
	public String key() {
		return this.taskId.toString();
	}

	@Override
	public String ownerHeader() {
		return this.owner;
	}

	@Override
	public String taskTypeHeader() {
		return this.taskType;
	}

	/** Whether a call succeeded. */
	public enum Outcome {

		OK, ERROR;

		@JsonValue
		public String wireName() {
			return WireNames.of(this);
		}

		@JsonCreator
		public static Outcome fromWireName(String wireName) {
			return WireNames.parse(Outcome.class, wireName);
		}

	}

}
