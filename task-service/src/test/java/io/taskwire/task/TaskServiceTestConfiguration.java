package io.taskwire.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.taskwire.contracts.TopicNames;
import io.taskwire.testsupport.time.MutableClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock tests move instead of sleeping, and a recorder of what task-service sends.
 */
@TestConfiguration(proxyBeanMethods = false)
class TaskServiceTestConfiguration {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	@Bean
	RecordedTopics recordedTopics(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
			TopicNames topicNames) {
		return new RecordedTopics(bootstrapServers, topicNames);
	}

}
