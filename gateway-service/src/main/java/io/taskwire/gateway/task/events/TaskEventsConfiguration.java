package io.taskwire.gateway.task.events;

import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.gateway.downstream.TaskServiceClient;
import io.taskwire.gateway.feed.FeedProperties;
import io.taskwire.gateway.feed.TopicFollower;
import io.taskwire.gateway.feed.TopicFollowerHealthIndicator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The status feed, its follower of {@code tasks.status} from the end, the
 * {@code statusFeed} readiness contributor and the event streams.
 */
@Configuration(proxyBeanMethods = false)
class TaskEventsConfiguration {

	@Bean
	StatusFeed statusFeed(MessageCodec codec, SseProperties properties) {
		return new StatusFeed(codec, properties.bufferSize());
	}

	@Bean
	TopicFollower statusFeedFollower(ConsumerFactory<?, ?> consumerFactory, TopicNames topicNames,
			StatusFeed statusFeed, FeedProperties properties) {
		return new TopicFollower("task-status", consumerFactory.getConfigurationProperties(),
				topicNames.of(Topic.TASKS_STATUS), TopicFollower.StartAt.END, statusFeed, properties);
	}

	@Bean
	TopicFollowerHealthIndicator statusFeedHealthIndicator(TopicFollower statusFeedFollower, StatusFeed statusFeed) {
		return new TopicFollowerHealthIndicator(statusFeedFollower,
				() -> Map.of("subscribers", statusFeed.subscriberCount()));
	}

	@Bean
	MeterBinder statusFeedMetrics(StatusFeed statusFeed) {
		return (registry) -> {
			Gauge.builder("taskwire.sse.subscribers", statusFeed, StatusFeed::subscriberCount)
				.description("Event streams attached to live task events")
				.register(registry);
			FunctionCounter.builder("taskwire.sse.dropped", statusFeed, StatusFeed::droppedCount)
				.description("Event streams closed because their client read too slowly")
				.register(registry);
		};
	}

	@Bean
	TaskEventStream taskEventStream(StatusFeed statusFeed, TaskServiceClient taskService) {
		return new TaskEventStream(statusFeed, taskService::timeline);
	}

}
