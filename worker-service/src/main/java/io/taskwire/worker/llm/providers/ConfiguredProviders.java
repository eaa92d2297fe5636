package io.taskwire.worker.llm.providers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.worker.llm.LlmProvider;
import io.taskwire.worker.llm.ProviderSource;
import io.taskwire.worker.llm.anthropic.AnthropicProvider;
import io.taskwire.worker.llm.gemini.GeminiProvider;
import io.taskwire.worker.llm.http.HttpLlmProvider.Endpoint;
import io.taskwire.worker.llm.http.LlmHttpClient;
import io.taskwire.worker.llm.openai.OpenAiCompatibleProvider;
import io.taskwire.worker.llm.providers.ProviderSettings.ProviderType;
import io.taskwire.worker.llm.simulated.SimulatedLlmProperties;
import io.taskwire.worker.llm.simulated.SimulatedLlmProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Builds an adapter per provider configured under {@code taskwire.worker.providers}, all
 * sharing the worker's one pooled HTTP client. A provider without a type, or an HTTP
 * provider without a default model, stops the worker at start-up.
 */
@Component
public class ConfiguredProviders implements ProviderSource {

	private static final Map<ProviderType, String> PUBLIC_ENDPOINTS = Map.of(ProviderType.OPENAI,
			"https://api.openai.com/v1", ProviderType.ANTHROPIC, "https://api.anthropic.com", ProviderType.GEMINI,
			"https://generativelanguage.googleapis.com");

	private final List<LlmProvider> providers = new ArrayList<>();

	public ConfiguredProviders(ProvidersProperties properties, LlmHttpClient http, SimulatedLlmProperties simulated,
			MessageCodec codec, Clock clock) {
		JsonMapper mapper = codec.mapper();
		properties.providers()
			.forEach((name, settings) -> this.providers.add(build(name, settings, http, simulated, mapper, clock)));
	}

	private static LlmProvider build(String name, ProviderSettings settings, LlmHttpClient http,
			SimulatedLlmProperties simulated, JsonMapper mapper, Clock clock) {
		if (settings.type() == null) {
			throw new IllegalStateException("taskwire.worker.providers." + name
					+ ".type is missing; it is one of openai, anthropic, gemini, simulated");
		}
		if (settings.type() == ProviderType.SIMULATED) {
			String model = (settings.defaultModel() != null) ? settings.defaultModel() : simulated.model();
			return new SimulatedLlmProvider(name, model, simulated, clock);
		}
		if (settings.defaultModel() == null || settings.defaultModel().isBlank()) {
			throw new IllegalStateException("taskwire.worker.providers." + name + ".default-model is missing");
		}
		String baseUrl = settings.baseUrl().isBlank() ? PUBLIC_ENDPOINTS.get(settings.type()) : settings.baseUrl();
		Endpoint endpoint = new Endpoint(baseUrl, settings.apiKey(), settings.defaultModel(), settings.timeout(),
				settings.maxTokens(), settings.anthropicVersion());
		return switch (settings.type()) {
			case OPENAI -> new OpenAiCompatibleProvider(name, endpoint, http.webClient(), mapper, clock);
			case ANTHROPIC -> new AnthropicProvider(name, endpoint, http.webClient(), mapper, clock);
			case GEMINI -> new GeminiProvider(name, endpoint, http.webClient(), mapper, clock);
			case SIMULATED -> throw new IllegalStateException("handled above");
		};
	}

	@Override
	public List<LlmProvider> providers() {
		return List.copyOf(this.providers);
	}

}
