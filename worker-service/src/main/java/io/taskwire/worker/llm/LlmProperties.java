package io.taskwire.worker.llm;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LLM settings of the worker.
 *
 * @param defaultProvider the provider of tasks whose {@code options.provider} is absent
 * @param fallbacks per task type, the models tried after the task's own when a call is
 * rate limited, fails on the server, times out or (for types that validate) gives no
 * valid answer: each {@code provider} (its default model) or {@code provider/model}
 */
@ConfigurationProperties("taskwire.worker.llm")
public record LlmProperties(@DefaultValue("simulated") String defaultProvider,
		@DefaultValue Map<String, List<String>> fallbacks) {

	@ConstructorBinding
	public LlmProperties {
		fallbacks = Map.copyOf(fallbacks);
	}

	public LlmProperties(String defaultProvider) {
		this(defaultProvider, Map.of());
	}

}
