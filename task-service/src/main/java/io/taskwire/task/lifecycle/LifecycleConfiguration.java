package io.taskwire.task.lifecycle;

import io.taskwire.task.TaskProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decisions of the lifecycle, with the retry policy and leases from configuration.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

	@Bean
	TaskDecisions taskDecisions(TaskProperties properties) {
		RetryPolicy retryPolicy = RetryPolicy.withJitter(properties.retry().initialBackoff(),
				properties.retry().maxBackoff());
		return new TaskDecisions(retryPolicy, properties.dispatchLease());
	}

}
