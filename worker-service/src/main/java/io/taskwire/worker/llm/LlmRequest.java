package io.taskwire.worker.llm;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * What a handler asks a model, independent of any provider's wire format. Build it with
 * {@link #of(List)} and the {@code with…} methods, so new optional settings can be added
 * without breaking callers.
 *
 * @param model the model, or {@code null} for the task's or the provider's default
 * @param messages the conversation, at least one message
 * @param temperature sampling temperature, or {@code null} for the provider's default
 * @param maxTokens the most tokens to generate, or {@code null} for no limit
 * @param responseSchema a JSON Schema the answer must be valid against (the answer is
 * then one JSON value), or {@code null} for free text
 * @param injectedFailure a failure the simulated provider is asked to produce for this
 * call (see {@link FailureInjection}); every other provider ignores it
 */
public record LlmRequest(String model, List<LlmMessage> messages, Double temperature, Integer maxTokens,
		JsonNode responseSchema, InjectedFailure injectedFailure) {

	public LlmRequest {
		Objects.requireNonNull(messages, "messages");
		messages = List.copyOf(messages);
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("An LLM request needs at least one message");
		}
	}

	public static LlmRequest of(List<LlmMessage> messages) {
		return new LlmRequest(null, messages, null, null, null, null);
	}

	public LlmRequest withModel(String model) {
		return new LlmRequest(model, this.messages, this.temperature, this.maxTokens, this.responseSchema,
				this.injectedFailure);
	}

	public LlmRequest withMessages(List<LlmMessage> messages) {
		return new LlmRequest(this.model, messages, this.temperature, this.maxTokens, this.responseSchema,
				this.injectedFailure);
	}

	public LlmRequest withTemperature(Double temperature) {
		return new LlmRequest(this.model, this.messages, temperature, this.maxTokens, this.responseSchema,
				this.injectedFailure);
	}

	public LlmRequest withMaxTokens(Integer maxTokens) {
		return new LlmRequest(this.model, this.messages, this.temperature, maxTokens, this.responseSchema,
				this.injectedFailure);
	}

	/**
	 * Asks for one JSON value valid against a schema. Providers with a JSON mode use it;
	 * handlers still put the schema in the prompt, for those without.
	 * @param schema the JSON Schema
	 * @return the request
	 */
	public LlmRequest withResponseSchema(JsonNode schema) {
		return new LlmRequest(this.model, this.messages, this.temperature, this.maxTokens, schema,
				this.injectedFailure);
	}

	public LlmRequest withInjectedFailure(InjectedFailure failure) {
		return new LlmRequest(this.model, this.messages, this.temperature, this.maxTokens, this.responseSchema,
				failure);
	}

	/**
	 * A rough count of the prompt's tokens, a quarter of its characters, for rate limits
	 * that must be reserved before the provider counts.
	 * @return the estimate
	 */
	public long estimatedInputTokens() {
		long characters = 0;
		for (LlmMessage message : this.messages) {
			characters += message.content().length() + 4;
		}
		return (characters + 3) / 4;
	}

}
