package io.taskwire.gateway.tasktype;

import java.util.Map;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.gateway.feed.FeedProperties;
import io.taskwire.gateway.feed.TopicFollower;
import io.taskwire.gateway.feed.TopicFollowerHealthIndicator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The registry, the follower that fills it from the beginning of {@code tasks.types}, and
 * the {@code taskTypes} readiness contributor.
 */
@Configuration(proxyBeanMethods = false)
class TaskTypeConfiguration {

	@Bean
	TaskTypeRegistry taskTypeRegistry() {
		return new TaskTypeRegistry();
	}

	@Bean
	TopicFollower taskTypesFollower(ConsumerFactory<?, ?> consumerFactory, TopicNames topicNames,
			TaskTypeRegistry registry, MessageCodec codec, FeedProperties properties) {
		return new TopicFollower("task-types", consumerFactory.getConfigurationProperties(),
				topicNames.of(Topic.TASKS_TYPES), TopicFollower.StartAt.BEGINNING, new TaskTypeRecords(registry, codec),
				properties);
	}

	@Bean
	TopicFollowerHealthIndicator taskTypesHealthIndicator(TopicFollower taskTypesFollower, TaskTypeRegistry registry) {
		return new TopicFollowerHealthIndicator(taskTypesFollower, () -> Map.of("types", registry.size()));
	}

}
