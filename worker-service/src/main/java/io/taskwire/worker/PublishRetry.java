package io.taskwire.worker;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * How a send that must get through (a terminal event, an LLM call record, a type
 * registration) is retried while the broker is away: with backoff, for as long as it
 * lasts. Infrastructure failures are waited out, never turned into task failures.
 *
 * @param first the first wait
 * @param max the longest wait
 */
public record PublishRetry(Duration first, Duration max) {

	private static final Logger logger = LoggerFactory.getLogger(PublishRetry.class);

	/**
	 * The retry policy, logging each retry.
	 * @param what what is being sent, for the log
	 * @return the policy for {@code retryWhen}
	 */
	public RetryBackoffSpec spec(String what) {
		return Retry.backoff(Long.MAX_VALUE, this.first)
			.maxBackoff(this.max)
			.doBeforeRetry(
					(signal) -> logger.warn("Could not publish {} ({}); retrying", what, signal.failure().toString()));
	}

}
