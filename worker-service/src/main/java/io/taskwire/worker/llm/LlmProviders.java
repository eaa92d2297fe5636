package io.taskwire.worker.llm;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The providers this worker has, by name; a task chooses one through
 * {@code options.provider}.
 */
@Component
public class LlmProviders {

	private final Map<String, LlmProvider> byName = new TreeMap<>();

	private final String defaultProvider;

	public LlmProviders(List<LlmProvider> providers, LlmProperties properties) {
		for (LlmProvider provider : providers) {
			if (this.byName.putIfAbsent(provider.name(), provider) != null) {
				throw new IllegalStateException("Two LLM providers are named '" + provider.name() + "'");
			}
		}
		if (!this.byName.containsKey(properties.defaultProvider())) {
			throw new IllegalStateException("The default LLM provider '" + properties.defaultProvider()
					+ "' is not one of " + this.byName.keySet());
		}
		this.defaultProvider = properties.defaultProvider();
	}

	/**
	 * The provider a task asked for.
	 * @param name the name from {@code options.provider}, or {@code null} for the default
	 * @return the provider
	 * @throws LlmFailure of kind {@code invalid_request} when no provider has that name
	 */
	public LlmProvider resolve(String name) {
		LlmProvider provider = this.byName.get((name != null) ? name : this.defaultProvider);
		if (provider == null) {
			throw LlmFailure
				.invalidRequest("Unknown LLM provider '" + name + "'; this worker has " + this.byName.keySet());
		}
		return provider;
	}

}
