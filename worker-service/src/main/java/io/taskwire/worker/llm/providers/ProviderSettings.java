package io.taskwire.worker.llm.providers;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One configured provider, {@code taskwire.worker.providers.<name>.*}.
 *
 * @param type which wire format it speaks
 * @param baseUrl where it is; blank for the type's public endpoint. For {@code openai}, a
 * URL ending in a version segment ({@code …/v1}, as the OpenAI SDKs take it) gets
 * {@code /chat/completions} appended, any other gets {@code /v1/chat/completions}
 * @param apiKey its key; blank for none (a local Ollama). Never logged or recorded
 * @param defaultModel the model of tasks that name none
 * @param rpm requests per minute this instance may send (all models together), 0 for no
 * limit
 * @param tpm tokens per minute this instance may spend (all models together), 0 for no
 * limit
 * @param models per-model limits, on top of the provider's
 * @param timeout the longest one call may take before it fails as a retryable
 * {@code timeout}
 * @param maxTokens the output limit sent when a request has none (Anthropic requires one)
 * @param anthropicVersion the {@code anthropic-version} header
 */
public record ProviderSettings(ProviderType type, @DefaultValue("") String baseUrl, @DefaultValue("") String apiKey,
		String defaultModel, @DefaultValue("0") int rpm, @DefaultValue("0") long tpm,
		@DefaultValue Map<String, ModelLimits> models, @DefaultValue("5m") Duration timeout,
		@DefaultValue("4096") int maxTokens, @DefaultValue("2023-06-01") String anthropicVersion) {

	public ProviderSettings {
		models = Map.copyOf(models);
	}

	/**
	 * The key with the rest, never printed.
	 */
	@Override
	public String toString() {
		return "ProviderSettings[type=" + this.type + ", baseUrl=" + this.baseUrl + ", apiKey="
				+ (this.apiKey.isEmpty() ? "" : "******") + ", defaultModel=" + this.defaultModel + ", rpm=" + this.rpm
				+ ", tpm=" + this.tpm + "]";
	}

	/**
	 * Limits of one model of a provider.
	 *
	 * @param rpm requests per minute, 0 for no limit
	 * @param tpm tokens per minute, 0 for no limit
	 */
	public record ModelLimits(@DefaultValue("0") int rpm, @DefaultValue("0") long tpm) {

	}

	/** The wire format a provider speaks. */
	public enum ProviderType {

		/**
		 * {@code POST /v1/chat/completions}: OpenAI, DeepSeek, Ollama, vLLM, LM Studio,
		 * ...
		 */
		OPENAI,
		/** Anthropic's {@code POST /v1/messages}. */
		ANTHROPIC,
		/** Google Gemini's {@code POST /v1beta/models/{model}:generateContent}. */
		GEMINI,
		/** Another instance of the built-in simulated provider, under its own name. */
		SIMULATED

	}

}
