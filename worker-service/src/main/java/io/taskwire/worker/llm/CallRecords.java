package io.taskwire.worker.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.SecretRedactor;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.llm.LlmCallRecorded.Outcome;
import io.taskwire.contracts.llm.Usage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one call into its {@link LlmCallRecorded}: the provider-neutral request and
 * response as JSON, redacted, with usage, latency and outcome.
 */
final class CallRecords {

	private final RedactedJson redacted;

	private final Clock clock;

	CallRecords(SecretRedactor redactor, Clock clock) {
		this.redacted = new RedactedJson(redactor);
		this.clock = clock;
	}

	Call start(CallOrigin origin, String step, String promptVersion, String provider, LlmRequest request) {
		return new Call(Ids.uuidV7(this.clock), origin, step, promptVersion, provider, request, this.clock.instant());
	}

	/**
	 * One call under way.
	 */
	final class Call {

		private final UUID callId;

		private final CallOrigin origin;

		private final String step;

		private final String promptVersion;

		private final String provider;

		private final LlmRequest request;

		private final Instant startedAt;

		private Call(UUID callId, CallOrigin origin, String step, String promptVersion, String provider,
				LlmRequest request, Instant startedAt) {
			this.callId = callId;
			this.origin = origin;
			this.step = step;
			this.promptVersion = promptVersion;
			this.provider = provider;
			this.request = request;
			this.startedAt = startedAt;
		}

		String traceparent() {
			return this.origin.traceparent();
		}

		LlmCallRecorded answered(LlmResponse response) {
			return record(response.model(), responseJson(response), response.usage(), Outcome.OK, null);
		}

		LlmCallRecorded failed(Throwable error) {
			FailureKind kind = (error instanceof LlmFailure failure) ? failure.kind() : FailureKind.PROVIDER_ERROR;
			return record(this.request.model(), errorJson(String.valueOf(error.getMessage())), null, Outcome.ERROR,
					kind);
		}

		LlmCallRecorded stopped(CallProgress progress) {
			ObjectNode response = errorJson("the call was stopped before it answered");
			if (progress.partialText() != null) {
				response.put("partialText", progress.partialText());
			}
			return record(this.request.model(), response, progress.usage(), Outcome.ERROR, FailureKind.CANCELLED);
		}

		private LlmCallRecorded record(String model, JsonNode response, Usage usage, Outcome outcome,
				FailureKind failureKind) {
			long latencyMillis = Duration.between(this.startedAt, CallRecords.this.clock.instant()).toMillis();
			return new LlmCallRecorded(this.callId, this.origin.taskId(), this.origin.attempt(), this.origin.owner(),
					this.origin.taskType(), this.step, this.provider, model, this.promptVersion,
					CallRecords.this.redacted.redact(requestJson()), CallRecords.this.redacted.redact(response), usage,
					Math.max(0, latencyMillis), this.startedAt, outcome, failureKind);
		}

		private JsonNode requestJson() {
			ObjectNode json = JsonNodeFactory.instance.objectNode();
			json.put("model", this.request.model());
			var messages = json.putArray("messages");
			for (LlmMessage message : this.request.messages()) {
				messages.addObject().put("role", message.role().wireName()).put("content", message.content());
			}
			if (this.request.temperature() != null) {
				json.put("temperature", this.request.temperature());
			}
			if (this.request.maxTokens() != null) {
				json.put("maxTokens", this.request.maxTokens());
			}
			if (this.request.responseSchema() != null) {
				json.set("responseSchema", this.request.responseSchema());
			}
			if (this.request.injectedFailure() != null) {
				json.put("simulatedFailure", this.request.injectedFailure().kind().wireName());
			}
			return json;
		}

		private static JsonNode responseJson(LlmResponse response) {
			ObjectNode json = JsonNodeFactory.instance.objectNode();
			json.put("text", response.text());
			json.put("model", response.model());
			if (response.finishReason() != null) {
				json.put("finishReason", response.finishReason());
			}
			return json;
		}

		private static ObjectNode errorJson(String message) {
			return JsonNodeFactory.instance.objectNode().put("error", message);
		}

	}

}
