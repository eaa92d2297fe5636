package io.taskwire.worker;

import io.taskwire.contracts.SecretRedactor;
import io.taskwire.support.kafka.TaskwireKafkaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every feature of the worker shares.
 */
@Configuration(proxyBeanMethods = false)
class WorkerConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(WorkerConfiguration.class);

	@Bean
	WorkerIdentity workerIdentity(WorkerProperties properties) {
		WorkerIdentity identity = WorkerIdentity.of(properties.id());
		logger.info("Worker id is {}", identity.id());
		return identity;
	}

	@Bean
	SecretRedactor secretRedactor() {
		return new SecretRedactor();
	}

	@Bean
	PublishRetry publishRetry(TaskwireKafkaProperties kafka) {
		return new PublishRetry(kafka.retryBackoff(), kafka.maxRetryBackoff());
	}

}
