package io.taskwire.worker.llm;

import java.util.List;
import java.util.Objects;

/**
 * What a handler asks a model, independent of any provider's wire format. Build it with
 * {@link #of(List)} and the {@code with…} methods, so new optional settings can be added
 * without breaking callers.
 *
 * @param model the model, or {@code null} for the task's or the provider's default
 * @param messages the conversation, at least one message
 * @param temperature sampling temperature, or {@code null} for the provider's default
 * @param maxTokens the most tokens to generate, or {@code null} for no limit
 */
public record LlmRequest(String model, List<LlmMessage> messages, Double temperature, Integer maxTokens) {

	public LlmRequest {
		Objects.requireNonNull(messages, "messages");
		messages = List.copyOf(messages);
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("An LLM request needs at least one message");
		}
	}

	public static LlmRequest of(List<LlmMessage> messages) {
		return new LlmRequest(null, messages, null, null);
	}

	public LlmRequest withModel(String model) {
		return new LlmRequest(model, this.messages, this.temperature, this.maxTokens);
	}

	public LlmRequest withTemperature(Double temperature) {
		return new LlmRequest(this.model, this.messages, temperature, this.maxTokens);
	}

	public LlmRequest withMaxTokens(Integer maxTokens) {
		return new LlmRequest(this.model, this.messages, this.temperature, maxTokens);
	}

}
