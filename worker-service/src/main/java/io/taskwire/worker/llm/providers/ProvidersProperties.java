package io.taskwire.worker.llm.providers;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LLM providers configured by name, {@code taskwire.worker.providers.<name>.*}; a
 * task chooses one with {@code options.provider}.
 *
 * @param providers name to settings
 */
@ConfigurationProperties("taskwire.worker")
public record ProvidersProperties(@DefaultValue Map<String, ProviderSettings> providers) {

	public ProvidersProperties {
		providers = Map.copyOf(providers);
	}

}
