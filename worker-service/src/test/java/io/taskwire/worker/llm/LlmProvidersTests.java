package io.taskwire.worker.llm;

import java.time.Duration;
import java.util.List;

import io.taskwire.contracts.FailureKind;
import io.taskwire.worker.llm.simulated.SimulatedLlmProperties;
import io.taskwire.worker.llm.simulated.SimulatedLlmProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LlmProvidersTests {

	private final SimulatedLlmProvider simulated = new SimulatedLlmProvider(
			new SimulatedLlmProperties(Duration.ZERO, Duration.ZERO, "simulated-1"));

	private final LlmProviders providers = new LlmProviders(List.of(this.simulated), new LlmProperties("simulated"));

	@Test
	void choosesTheDefaultWhenTheTaskNamesNone() {
		assertThat(this.providers.resolve(null)).isSameAs(this.simulated);
		assertThat(this.providers.resolve("simulated")).isSameAs(this.simulated);
	}

	@Test
	void failsAnUnknownProviderAsAnInvalidRequest() {
		LlmFailure failure = catchThrowableOfType(LlmFailure.class, () -> this.providers.resolve("acme"));

		assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).contains("'acme'").contains("[simulated]");
	}

	@Test
	void refusesADefaultItDoesNotHave() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new LlmProviders(List.of(this.simulated), new LlmProperties("openai")))
			.withMessageContaining("'openai'");
	}

	@Test
	void addsConfiguredProvidersAndChecksTheFallbackChains() {
		SimulatedLlmProvider backup = new SimulatedLlmProvider("backup", "backup-1",
				new SimulatedLlmProperties(Duration.ZERO, Duration.ZERO, "simulated-1"), java.time.Clock.systemUTC());
		LlmProviders withChain = new LlmProviders(List.of(this.simulated), List.of(() -> List.of(backup)),
				new LlmProperties("simulated", java.util.Map.of("llm.chat", List.of("backup", "simulated/gpt/x"))));

		assertThat(withChain.resolve("backup")).isSameAs(backup);
		assertThat(withChain.fallbacksOf("llm.chat")).extracting(Object::toString)
			.containsExactly("backup/backup-1", "simulated/gpt/x");
		assertThat(withChain.fallbacksOf("noop")).isEmpty();
		assertThatIllegalStateException()
			.isThrownBy(() -> new LlmProviders(List.of(this.simulated), List.of(),
					new LlmProperties("simulated", java.util.Map.of("llm.chat", List.of("nobody/x")))))
			.withMessageContaining("'nobody/x'");
		assertThatIllegalStateException()
			.isThrownBy(() -> new LlmProviders(List.of(this.simulated), List.of(() -> List.of(this.simulated)),
					new LlmProperties("simulated")))
			.withMessageContaining("Two LLM providers are named 'simulated'");
	}

}
