package io.taskwire.support.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the services lay out and use their topics.
 *
 * @param topicPrefix prepended to every topic name, so several stacks can share a cluster
 * @param partitions partitions of every topic and dead-letter topic
 * @param replicationFactor 1 locally; 3 in production (with
 * {@code min.insync.replicas=2})
 * @param healthTimeout how long a broker may take to answer the readiness probe
 * @param retryBackoff first wait before a listener retries after an infrastructure
 * failure
 * @param maxRetryBackoff longest wait between those retries, which go on for as long as
 * it lasts
 */
@ConfigurationProperties("taskwire.kafka")
public record TaskwireKafkaProperties(@DefaultValue("") String topicPrefix, @DefaultValue("12") int partitions,
		@DefaultValue("1") short replicationFactor, @DefaultValue("3s") Duration healthTimeout,
		@DefaultValue("200ms") Duration retryBackoff, @DefaultValue("10s") Duration maxRetryBackoff) {

}
