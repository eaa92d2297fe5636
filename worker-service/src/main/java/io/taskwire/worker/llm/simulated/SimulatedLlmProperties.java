package io.taskwire.worker.llm.simulated;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the simulated provider behaves.
 *
 * @param latency how long every call takes at least
 * @param jitter the most a call takes beyond {@code latency}, drawn uniformly
 * @param model the model name it answers as when none is asked for
 * @param timeout how long a call asked to time out ({@code simulate.fail: timeout}) hangs
 * before it fails
 */
@ConfigurationProperties("taskwire.worker.simulated")
public record SimulatedLlmProperties(@DefaultValue("200ms") Duration latency, @DefaultValue("50ms") Duration jitter,
		@DefaultValue("simulated-1") String model, @DefaultValue("30s") Duration timeout) {

	@ConstructorBinding
	public SimulatedLlmProperties {
		if (latency.isNegative() || jitter.isNegative() || timeout.isNegative()) {
			throw new IllegalArgumentException("Simulated latency, jitter and timeout must not be negative");
		}
	}

	public SimulatedLlmProperties(Duration latency, Duration jitter, String model) {
		this(latency, jitter, model, Duration.ofSeconds(30));
	}

}
