package io.taskwire.worker.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LLM settings of the worker.
 *
 * @param defaultProvider the provider of tasks whose {@code options.provider} is absent
 */
@ConfigurationProperties("taskwire.worker.llm")
public record LlmProperties(@DefaultValue("simulated") String defaultProvider) {

}
