package io.taskwire.worker.tasktype.httpjob;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@code http.job} calls and polls, {@code taskwire.worker.http-job.*}.
 *
 * @param requestTimeout the longest one request (the start, a poll) may take
 * @param defaultPollInterval the time between polls when the input names none
 * @param minPollInterval the least time between polls, whatever the input says
 * @param logInterval how often a job still running writes a line to the timeline
 * @param maxPollFailures how many polls in a row may fail (5xx, timeouts, connection
 * errors, 429) before the attempt fails as a retryable {@code provider_error}; the retry
 * polls the same job
 */
@ConfigurationProperties("taskwire.worker.http-job")
public record HttpJobProperties(@DefaultValue("60s") Duration requestTimeout,
		@DefaultValue("5s") Duration defaultPollInterval, @DefaultValue("1s") Duration minPollInterval,
		@DefaultValue("1m") Duration logInterval, @DefaultValue("5") int maxPollFailures) {

}
