package io.taskwire.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.RecordHeaders;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.testsupport.infra.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka as every service gets it, against a real broker: topics, publishing, dead letters
 * and retries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "taskwire.kafka.retry-backoff=10ms", "taskwire.kafka.max-retry-backoff=20ms" })
class TaskwireKafkaIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "support");
	}

	@Autowired
	EventPublisher publisher;

	@Autowired
	TopicNames names;

	@Autowired
	KafkaAdmin admin;

	@Autowired
	RecordingListener listener;

	@Test
	void createsEveryTopicAndItsDeadLetterTopicWithExplicitPartitions() throws Exception {
		try (AdminClient client = AdminClient.create(this.admin.getConfigurationProperties())) {
			List<String> expected = new ArrayList<>();
			for (Topic topic : Topic.values()) {
				expected.add(this.names.of(topic));
				expected.add(this.names.deadLetterOf(topic));
			}
			Map<String, TopicDescription> topics = client.describeTopics(expected).allTopicNames().get();

			assertThat(topics).hasSize(Topic.values().length * 2);
			assertThat(topics.values()).allSatisfy((topic) -> assertThat(topic.partitions()).hasSize(2));
		}
	}

	@Test
	void publishesEnvelopesKeyedByTaskWithHeadersToFilterOn() {
		UUID taskId = Ids.uuidV7(Clock.systemUTC());
		Envelope<CancelRequested> envelope = Envelope.of(new CancelRequested(taskId, "alice", "alice", "test"),
				Traceparent.newRoot(), Clock.systemUTC());

		this.publisher.publish(envelope).block(Duration.ofSeconds(10));

		ConsumerRecord<String, byte[]> record = awaitRecord(this.names.of(Topic.TASKS_COMMANDS), taskId.toString());
		assertThat(header(record, RecordHeaders.EVENT_TYPE)).isEqualTo("task.cancel-requested");
		assertThat(header(record, RecordHeaders.OWNER)).isEqualTo("alice");
		assertThat(header(record, RecordHeaders.TRACEPARENT)).isEqualTo(envelope.traceparent());
		assertThat(new MessageCodec().decode(record.value())).isEqualTo(envelope);
	}

	@Test
	void sendsARecordThatCannotBeParsedToTheDeadLetterTopicWithTheReason() {
		this.publisher.publish(Envelope.of(new CancelRequested(UUID.randomUUID(), "bob", "bob", "flaky"),
				Traceparent.newRoot(), Clock.systemUTC()))
			.block(Duration.ofSeconds(10));
		String key = "garbage-" + UUID.randomUUID();
		sendRaw(this.names.of(Topic.TASKS_CONTROL), key, "{not json".getBytes(StandardCharsets.UTF_8));

		ConsumerRecord<String, byte[]> deadLetter = awaitRecord(this.names.deadLetterOf(Topic.TASKS_CONTROL), key);
		assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
		assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("invalid record");
	}

	@Test
	void retriesAFailureThatIsNotTheRecordsFaultUntilItPasses() {
		String key = "flaky-" + UUID.randomUUID();
		sendRaw(this.names.of(Topic.TASKS_CONTROL), key, "flaky".getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.handled.contains(key));
		assertThat(this.listener.failures.get()).isGreaterThanOrEqualTo(3);
	}

	private void sendRaw(String topic, String key, byte[] value) {
		this.publisher.kafkaTemplate().send(topic, key, value).join();
	}

	private ConsumerRecord<String, byte[]> awaitRecord(String topic, String key) {
		Map<String, Object> config = Map.of("bootstrap.servers",
				this.admin.getConfigurationProperties().get("bootstrap.servers"), "group.id",
				"check-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(Set.of(topic));
			for (int i = 0; i < 60; i++) {
				ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
				for (ConsumerRecord<String, byte[]> record : records) {
					if (key.equals(record.key())) {
						return record;
					}
				}
			}
		}
		throw new AssertionError("No record with key " + key + " on " + topic);
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	@SpringBootApplication
	static class TestApplication {

		@Bean
		RecordingListener recordingListener(MessageCodec codec) {
			return new RecordingListener(codec);
		}

	}

	/**
	 * Decodes control records: fails three times on "flaky", and cannot parse garbage.
	 */
	static class RecordingListener {

		final List<String> handled = new CopyOnWriteArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		private final MessageCodec codec;

		RecordingListener(MessageCodec codec) {
			this.codec = codec;
		}

		@KafkaListener(topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).TASKS_CONTROL)}",
				groupId = "support-test")
		void on(ConsumerRecord<String, byte[]> record) {
			if ("flaky".equals(new String(record.value(), StandardCharsets.UTF_8))) {
				if (this.failures.incrementAndGet() <= 3) {
					throw new IllegalStateException("database is down");
				}
				this.handled.add(record.key());
				return;
			}
			Envelope<Message> envelope = this.codec.decode(record.value());
			this.handled.add(envelope.payload().key());
		}

	}

}
