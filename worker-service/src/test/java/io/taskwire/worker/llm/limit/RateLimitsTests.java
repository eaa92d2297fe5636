package io.taskwire.worker.llm.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.taskwire.worker.llm.providers.ProviderSettings;
import io.taskwire.worker.llm.providers.ProviderSettings.ModelLimits;
import io.taskwire.worker.llm.providers.ProviderSettings.ProviderType;
import io.taskwire.worker.llm.providers.ProvidersProperties;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits make calls wait, on virtual time, never fail.
 */
class RateLimitsTests {

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private RateLimits limits(int rpm, long tpm, Map<String, ModelLimits> models) {
		ProviderSettings settings = new ProviderSettings(ProviderType.OPENAI, "", "", "gpt", rpm, tpm, models,
				Duration.ofMinutes(5), 4096, "2023-06-01");
		return new RateLimits(new ProvidersProperties(Map.of("openai", settings)), this.time);
	}

	@Test
	void letsAMinutesRequestsGoAtOnceAndMakesTheNextWaitForItsShare() {
		RateLimits limits = limits(2, 0, Map.of());

		assertThat(waitFor(limits.acquire("openai", "gpt", 10)).granted()).isTrue();
		assertThat(waitFor(limits.acquire("openai", "gpt", 10)).granted()).isTrue();
		Waiting third = waitFor(limits.acquire("openai", "gpt", 10));

		assertGrantedAfter(third, Duration.ofSeconds(30));
	}

	@Test
	void makesCallsWaitForTokensAndSettlesWithTheRealUsage() {
		RateLimits limits = limits(0, 600, Map.of());

		RateLimits.Permit permit = limits.acquire("openai", "gpt", 100).block();
		// it spent 1,200 tokens, not 100: the bucket (600 a minute, 10 a second) is 600
		// in
		// debt
		permit.settle(1_200);
		Waiting next = waitFor(limits.acquire("openai", "gpt", 0));

		assertGrantedAfter(next, Duration.ofSeconds(60));
	}

	@Test
	void appliesAModelsLimitOnTopOfItsProviders() {
		RateLimits limits = limits(100, 0, Map.of("gpt-slow", new ModelLimits(1, 0)));

		assertThat(waitFor(limits.acquire("openai", "gpt-slow", 1)).granted()).isTrue();
		assertThat(waitFor(limits.acquire("openai", "gpt-fast", 1)).granted()).isTrue();
		Waiting slow = waitFor(limits.acquire("openai", "gpt-slow", 1));

		assertGrantedAfter(slow, Duration.ofSeconds(60));
	}

	@Test
	void givesAReservationBackWhenTheWaitIsCancelled() {
		RateLimits limits = limits(1, 0, Map.of());
		limits.acquire("openai", "gpt", 1).block();
		Waiting cancelled = waitFor(limits.acquire("openai", "gpt", 1));
		this.time.advanceTimeBy(Duration.ofSeconds(10));

		cancelled.subscription().dispose();
		Waiting next = waitFor(limits.acquire("openai", "gpt", 1));

		// without the cancelled reservation only the 50 s left of the first one remain
		assertGrantedAfter(next, Duration.ofSeconds(50));
	}

	@Test
	void letsProvidersWithoutLimitsGoAtOnce() {
		RateLimits limits = limits(0, 0, Map.of());

		assertThat(waitFor(limits.acquire("openai", "gpt", 1_000_000)).granted()).isTrue();
		assertThat(waitFor(limits.acquire("other", "x", 1)).granted()).isTrue();
	}

	private void assertGrantedAfter(Waiting waiting, Duration wait) {
		this.time.advanceTimeBy(wait.minusMillis(1));
		assertThat(waiting.granted()).as("granted before %s", wait).isFalse();
		this.time.advanceTimeBy(Duration.ofMillis(1));
		assertThat(waiting.granted()).as("granted at %s", wait).isTrue();
	}

	private static Waiting waitFor(Mono<RateLimits.Permit> acquire) {
		AtomicBoolean granted = new AtomicBoolean();
		Disposable subscription = acquire.subscribe((permit) -> granted.set(true));
		return new Waiting(granted, subscription);
	}

	private record Waiting(AtomicBoolean grantedFlag, Disposable subscription) {

		boolean granted() {
			return this.grantedFlag.get();
		}

	}

}
