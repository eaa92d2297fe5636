package io.taskwire.task.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a failed task tries again: when the provider said (a 429's reset time), else after
 * exponential backoff with full jitter, a random wait between zero and
 * {@code min(maxBackoff, initialBackoff × 2^(failures − 1))}, so that tasks failing
 * together do not retry together.
 *
 * @param initialBackoff the cap of the first wait
 * @param maxBackoff the largest cap
 * @param random a uniform random number in [0, 1)
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, DoubleSupplier random) {

	public static RetryPolicy withJitter(Duration initialBackoff, Duration maxBackoff) {
		return new RetryPolicy(initialBackoff, maxBackoff, () -> ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * The time of the next attempt.
	 * @param failures failed attempts so far, counting the one that just failed
	 * @param retryNotBefore the earliest time the provider allows, or {@code null}
	 * @param now the clock's time
	 * @return when the task may be queued again
	 */
	public Instant nextAttemptAt(int failures, Instant retryNotBefore, Instant now) {
		if (retryNotBefore != null) {
			return retryNotBefore.isAfter(now) ? retryNotBefore : now;
		}
		long cap = Math.min(this.maxBackoff.toMillis(),
				this.initialBackoff.toMillis() << Math.max(0, Math.min(failures - 1, 30)));
		return now.plusMillis((long) (this.random.getAsDouble() * cap));
	}

}
