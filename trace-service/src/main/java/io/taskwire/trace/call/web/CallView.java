package io.taskwire.trace.call.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.taskwire.trace.call.LlmCall;

/**
 * One call as the internal API pins it for the gateway; absent values are left out. The
 * bodies are written as the JSON they are stored as, without parsing them again.
 *
 * @param id the call id
 * @param taskId the task
 * @param attempt the attempt that made it
 * @param step the handler step that made it
 * @param provider the provider name
 * @param model the model that answered
 * @param promptVersion the prompt template's version
 * @param request the request, redacted and size-capped
 * @param response the response, redacted and size-capped
 * @param usage tokens used
 * @param latencyMillis from request to full response
 * @param startedAt when the call began
 * @param outcome {@code ok} or {@code error}
 * @param failureKind why it failed, snake_case
 * @param redacted whether secrets were replaced in the bodies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallView(UUID id, UUID taskId, int attempt, String step, String provider, String model, String promptVersion,
		@JsonRawValue String request, @JsonRawValue String response, Usage usage, long latencyMillis, Instant startedAt,
		String outcome, String failureKind, boolean redacted) {

	static CallView of(LlmCall call) {
		return new CallView(call.id(), call.taskId(), call.attempt(), call.step(), call.provider(), call.model(),
				call.promptVersion(), call.request(), call.response(),
				new Usage(call.usage().inputTokens(), call.usage().outputTokens(), call.usage().totalTokens()),
				call.latencyMillis(), call.startedAt(), call.outcome().wireName(),
				(call.failureKind() != null) ? call.failureKind().wireName() : null, call.redacted());
	}

	/**
	 * Tokens a call used.
	 *
	 * @param inputTokens prompt tokens
	 * @param outputTokens completion tokens
	 * @param totalTokens both together
	 */
	record Usage(long inputTokens, long outputTokens, long totalTokens) {

	}

}
