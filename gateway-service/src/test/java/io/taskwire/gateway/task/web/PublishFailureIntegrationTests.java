package io.taskwire.gateway.task.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.gateway.ClosedPort;
import io.taskwire.gateway.TaskTypes;
import io.taskwire.gateway.tasktype.TaskTypeRegistry;
import io.taskwire.testsupport.infra.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker cannot be reached for publishing (the registry still can be read): a
 * submission is refused with 503 within 5 s and leaves nothing behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@DirtiesContext
class PublishFailureIntegrationTests {

	@Autowired
	private WebTestClient http;

	@Autowired
	private TaskTypeRegistry taskTypes;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private DatabaseClient db;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		registry.add("spring.kafka.producer.bootstrap-servers", ClosedPort::address);
	}

	@Test
	void refusesWith503WithinFiveSecondsAndLeavesNoAcceptedTask() {
		registerNoopWithAProducerOfItsOwn();
		Instant start = Instant.now();
		this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer tw-alice-dev-key")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"type\":\"noop\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/service-unavailable")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).doesNotContain("127.0.0.1", "Kafka", "Timeout"));
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
		assertThat(this.db.sql("SELECT count(*) AS n FROM accepted_task")
			.map((row) -> row.get("n", Long.class))
			.one()
			.block()).isZero();
	}

	private void registerNoopWithAProducerOfItsOwn() {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.get().kafkaBootstrapServers());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			byte[] registration = new MessageCodec()
				.encode(Envelope.of(TaskTypes.noop(), Traceparent.newRoot(), java.time.Clock.systemUTC()));
			producer.send(new ProducerRecord<>(this.topicNames.of(Topic.TASKS_TYPES), TaskTypes.NOOP, registration))
				.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> this.taskTypes.find(TaskTypes.NOOP).isPresent());
	}

}
