package io.taskwire.task.lifecycle;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

	@Test
	void waitsAtMostTheExponentialCap() {
		RetryPolicy longest = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 0.999999);

		assertThat(longest.nextAttemptAt(1, null, NOW)).isBefore(NOW.plusSeconds(1));
		assertThat(longest.nextAttemptAt(3, null, NOW)).isBefore(NOW.plusSeconds(4)).isAfter(NOW.plusSeconds(3));
		assertThat(longest.nextAttemptAt(40, null, NOW)).isBefore(NOW.plus(Duration.ofMinutes(5)))
			.isAfter(NOW.plus(Duration.ofMinutes(4)));
	}

	@Test
	void jittersDownToNoWaitAtAll() {
		RetryPolicy shortest = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 0.0);

		assertThat(shortest.nextAttemptAt(5, null, NOW)).isEqualTo(NOW);
	}

	@Test
	void honoursTheProvidersRetryNotBefore() {
		RetryPolicy policy = RetryPolicy.withJitter(Duration.ofSeconds(1), Duration.ofMinutes(5));

		assertThat(policy.nextAttemptAt(1, NOW.plusSeconds(42), NOW)).isEqualTo(NOW.plusSeconds(42));
		assertThat(policy.nextAttemptAt(1, NOW.minusSeconds(42), NOW)).isEqualTo(NOW);
	}

}
