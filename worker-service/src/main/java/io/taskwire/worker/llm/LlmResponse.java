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
 */
public record LlmResponse(String text, String model, Usage usage, String finishReason) {

	public LlmResponse {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(usage, "usage");
	}

}
