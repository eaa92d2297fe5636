package io.taskwire.trace.call;

import java.time.Instant;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.LlmCallRecorded.Outcome;
import io.taskwire.contracts.llm.Usage;

/**
 * One LLM call as the ledger keeps it.
 *
 * @param id the call id from the message, unique
 * @param eventId the id of the event that reported it
 * @param taskId the task
 * @param attempt the attempt that made it
 * @param owner the task's owner, whom the call is visible to
 * @param taskType the task's type
 * @param step the handler step that made it
 * @param provider the provider name
 * @param model the model that answered
 * @param promptVersion the prompt template's version, or {@code null}
 * @param request the request as stored JSON text, or {@code null} once retention removed
 * it
 * @param response the response as stored JSON text, or {@code null} when there was none
 * @param usage tokens used
 * @param latencyMillis from request to full response
 * @param startedAt when the call began
 * @param outcome whether it succeeded
 * @param failureKind why it failed, or {@code null}
 * @param redacted whether secrets were replaced in the request or the response
 * @param truncated whether the request or the response was cut to the size cap
 * @param recordedAt when trace-service stored it
 */
public record LlmCall(UUID id, UUID eventId, UUID taskId, int attempt, String owner, String taskType, String step,
		String provider, String model, String promptVersion, String request, String response, Usage usage,
		long latencyMillis, Instant startedAt, Outcome outcome, FailureKind failureKind, boolean redacted,
		boolean truncated, Instant recordedAt) {

}
