package io.taskwire.gateway.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tasks are accepted.
 *
 * @param defaultPriority priority of a request that gives none
 * @param defaultTimeout attempt time limit when neither the request nor the type gives
 * one
 * @param defaultMaxAttempts attempts when neither the request nor the type gives a number
 * @param publishTimeout longest wait for the broker to acknowledge a {@code TaskCreated};
 * the producer's own {@code delivery.timeout.ms} and {@code max.block.ms} must be shorter
 * so that it gives up first and a record given up on is never sent later
 * @param acceptedRetention how long an accepted task's row is kept; while task-service
 * has not recorded a task, the gateway answers for it from this row
 * @param sweepInterval how often expired accepted rows are removed
 */
@ConfigurationProperties("taskwire.gateway.tasks")
public record TaskProperties(@DefaultValue("5") int defaultPriority, @DefaultValue("1h") Duration defaultTimeout,
		@DefaultValue("3") int defaultMaxAttempts, @DefaultValue("4s") Duration publishTimeout,
		@DefaultValue("24h") Duration acceptedRetention, @DefaultValue("10m") Duration sweepInterval) {

}
