package io.taskwire.worker.llm;

import java.util.Objects;

import io.taskwire.contracts.llm.Usage;

/**
 * What a model answered.
 *
 * @param text the completion
 * @param model the model that answered
 * @param usage the tokens it counted
 * @param finishReason why it stopped, such as {@code stop} or {@code length}
 * @param provider the provider that answered; filled in by the call path, so adapters
 * leave it {@code null}
 */
public record LlmResponse(String text, String model, Usage usage, String finishReason, String provider) {

	public LlmResponse {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(usage, "usage");
	}

	public LlmResponse(String text, String model, Usage usage, String finishReason) {
		this(text, model, usage, finishReason, null);
	}

	public LlmResponse withProvider(String provider) {
		return new LlmResponse(this.text, this.model, this.usage, finishReason, provider);
	}

}
