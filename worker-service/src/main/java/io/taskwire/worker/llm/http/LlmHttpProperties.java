package io.taskwire.worker.llm.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The HTTP client every provider adapter and {@code http.job} share,
 * {@code taskwire.worker.http.*}. A worker holds thousands of calls in flight, and over
 * HTTP/1.1 each one needs a connection of its own, so the pool is large.
 *
 * @param maxConnections connections per remote host
 * @param pendingAcquireMaxCount calls that may wait for a connection per host, beyond
 * which a call fails at once (a retryable {@code provider_error})
 * @param pendingAcquireTimeout how long a call may wait for a connection
 * @param connectTimeout how long connecting may take
 * @param maxIdleTime how long an idle connection is kept
 * @param maxLifeTime how long any connection is kept
 * @param maxResponseSize the largest response body read
 */
@ConfigurationProperties("taskwire.worker.http")
public record LlmHttpProperties(@DefaultValue("10000") int maxConnections,
		@DefaultValue("50000") int pendingAcquireMaxCount, @DefaultValue("60s") Duration pendingAcquireTimeout,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration maxIdleTime,
		@DefaultValue("5m") Duration maxLifeTime, @DefaultValue("16MB") DataSize maxResponseSize) {

}
