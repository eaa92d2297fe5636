package io.taskwire.support.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.Limits;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka as every service uses it: all topics and their dead-letter topics created at
 * start-up with explicit partitions (broker auto-creation is off), one error handler, the
 * publisher and the readiness check.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(TaskwireKafkaProperties.class)
public class TaskwireKafkaAutoConfiguration {

	/**
	 * Record limit plus room for the batch header, on topics, producers and consumers
	 * alike.
	 */
	public static final int MAX_MESSAGE_BYTES = Limits.MAX_RECORD_BYTES + 64 * 1024;

	@Bean
	TopicNames topicNames(TaskwireKafkaProperties properties) {
		return new TopicNames(properties.topicPrefix());
	}

	@Bean
	MessageCodec messageCodec() {
		return new MessageCodec();
	}

	@Bean
	KafkaAdmin.NewTopics taskwireTopics(TopicNames names, TaskwireKafkaProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			Map<String, String> configs = new HashMap<>(topic.configs());
			configs.put("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES));
			topics.add(new NewTopic(names.of(topic), properties.partitions(), properties.replicationFactor())
				.configs(configs));
			topics.add(new NewTopic(names.deadLetterOf(topic), properties.partitions(), properties.replicationFactor())
				.configs(Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES))));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, MessageCodec codec, TopicNames names) {
		return new EventPublisher(kafkaTemplate, codec, names);
	}

	@Bean
	DeadLetters deadLetters(KafkaTemplate<String, byte[]> kafkaTemplate) {
		return new DeadLetters(kafkaTemplate);
	}

	/**
	 * The one error handler: a record that cannot be parsed or is invalid goes to its
	 * topic's DLT at once; anything else (database or broker down) is retried with
	 * backoff for as long as it lasts, never dead-lettered.
	 * @param kafkaTemplate the template that sends dead letters
	 * @param properties the backoff settings
	 * @return the error handler Boot applies to every listener container
	 */
	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate,
			TaskwireKafkaProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
				(record, ex) -> new TopicPartition(record.topic() + TopicNames.DEAD_LETTER_SUFFIX, -1));
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(properties.maxRetryBackoff().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(io.taskwire.contracts.InvalidMessage.class);
		return handler;
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, TaskwireKafkaProperties properties) {
		return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), properties.healthTimeout());
	}

}
