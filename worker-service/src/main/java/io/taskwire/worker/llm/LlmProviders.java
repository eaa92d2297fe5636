package io.taskwire.worker.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The providers this worker has, by name (provider beans and those configured under
 * {@code taskwire.worker.providers}); a task chooses one through
 * {@code options.provider}. It also holds each task type's fallback chain
 * ({@code taskwire.worker.llm.fallbacks.<type>}), checked at start-up.
 */
@Component
public class LlmProviders {

	private final Map<String, LlmProvider> byName = new TreeMap<>();

	private final String defaultProvider;

	private final Map<String, List<Target>> fallbacks = new TreeMap<>();

	@Autowired
	public LlmProviders(List<LlmProvider> providers, List<ProviderSource> sources, LlmProperties properties) {
		List<LlmProvider> all = new ArrayList<>(providers);
		sources.forEach((source) -> all.addAll(source.providers()));
		for (LlmProvider provider : all) {
			if (this.byName.putIfAbsent(provider.name(), provider) != null) {
				throw new IllegalStateException("Two LLM providers are named '" + provider.name() + "'");
			}
		}
		if (!this.byName.containsKey(properties.defaultProvider())) {
			throw new IllegalStateException("The default LLM provider '" + properties.defaultProvider()
					+ "' is not one of " + this.byName.keySet());
		}
		this.defaultProvider = properties.defaultProvider();
		properties.fallbacks().forEach((type, chain) -> this.fallbacks.put(type, targets(type, chain)));
	}

	public LlmProviders(List<LlmProvider> providers, LlmProperties properties) {
		this(providers, List.of(), properties);
	}

	private List<Target> targets(String type, List<String> chain) {
		List<Target> targets = new ArrayList<>();
		for (String entry : chain) {
			String trimmed = entry.strip();
			int slash = trimmed.indexOf('/');
			String name = (slash < 0) ? trimmed : trimmed.substring(0, slash);
			LlmProvider provider = this.byName.get(name);
			if (provider == null) {
				throw new IllegalStateException("The fallback '" + trimmed + "' of " + type
						+ " names an unknown provider; there are " + this.byName.keySet());
			}
			targets.add(new Target(provider, (slash < 0) ? provider.defaultModel() : trimmed.substring(slash + 1)));
		}
		return List.copyOf(targets);
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

	/**
	 * The models tried after the task's own, in order.
	 * @param taskType the task type
	 * @return the chain, empty when the type has none
	 */
	public List<Target> fallbacksOf(String taskType) {
		return this.fallbacks.getOrDefault(taskType, List.of());
	}

	/**
	 * A provider and one of its models.
	 *
	 * @param provider the provider
	 * @param model the model
	 */
	public record Target(LlmProvider provider, String model) {

		@Override
		public String toString() {
			return this.provider.name() + "/" + this.model;
		}

	}

}
