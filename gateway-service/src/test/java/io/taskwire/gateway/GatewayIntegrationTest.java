package io.taskwire.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.gateway.tasktype.TaskTypeRegistry;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.testsupport.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * The gateway against a real broker and a real PostgreSQL, with task-service and
 * trace-service played by {@link FakeInternalServices}. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class GatewayIntegrationTest {

	protected static final String ALICE = "tw-alice-dev-key";

	protected static final String BOB = "tw-bob-dev-key";

	protected static final String ADMIN = "tw-admin-dev-key";

	protected static final FakeInternalServices downstream = FakeInternalServices.start();

	@Autowired
	protected WebTestClient http;

	@Autowired
	protected EventPublisher publisher;

	@Autowired
	protected MessageCodec codec;

	@Autowired
	protected TopicNames topicNames;

	@Autowired
	protected DatabaseClient db;

	@Autowired
	protected TaskTypeRegistry taskTypes;

	@Autowired
	protected Environment environment;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		registry.add("taskwire.gateway.task-service-url", downstream::baseUrl);
		registry.add("taskwire.gateway.trace-service-url", downstream::baseUrl);
		registry.add("taskwire.gateway.sse.keep-alive", () -> "1s");
	}

	@BeforeEach
	void registerTaskTypes() {
		downstream.reset();
		if (this.taskTypes.find(TaskTypes.NOOP).isEmpty() || this.taskTypes.find(TaskTypes.CHAT).isEmpty()) {
			publish(TaskTypes.noop());
			publish(TaskTypes.chat());
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.taskTypes.find(TaskTypes.NOOP).isPresent()
						&& this.taskTypes.find(TaskTypes.CHAT).isPresent());
		}
	}

	protected void publish(Message message) {
		this.publisher.publish(Envelope.of(message, Traceparent.newRoot(), java.time.Clock.systemUTC()))
			.block(Duration.ofSeconds(10));
	}

	protected void publish(Envelope<?> envelope) {
		this.publisher.publish(envelope).block(Duration.ofSeconds(10));
	}

	protected long acceptedRows(UUID id) {
		return this.db.sql("SELECT count(*) AS n FROM accepted_task WHERE id = :id")
			.bind("id", id)
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	protected long acceptedRows() {
		return this.db.sql("SELECT count(*) AS n FROM accepted_task")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block();
	}

	/** Reads a topic from the beginning until a record matches. */
	protected ConsumerRecord<String, byte[]> awaitRecord(Topic topic, Predicate<ConsumerRecord<String, byte[]>> match) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
				ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = new ArrayList<>();
			consumer.partitionsFor(this.topicNames.of(topic))
				.forEach((info) -> partitions.add(new TopicPartition(info.topic(), info.partition())));
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Instant giveUp = Instant.now().plusSeconds(30);
			while (Instant.now().isBefore(giveUp)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (match.test(record)) {
						return record;
					}
				}
			}
		}
		throw new AssertionError("No matching record on " + topic);
	}

}
