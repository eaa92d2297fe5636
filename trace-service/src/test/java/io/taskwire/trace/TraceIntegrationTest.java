package io.taskwire.trace;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.support.kafka.DeadLetters;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.testsupport.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * trace-service against the test JVM's real broker and database. Subclasses share one
 * application context (and so one database and topic prefix); each test uses task ids of
 * its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "taskwire.trace.max-body-bytes=4KB")
@AutoConfigureWebTestClient
public abstract class TraceIntegrationTest {

	@Autowired
	protected WebTestClient http;

	@Autowired
	protected EventPublisher publisher;

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected DatabaseClient database;

	@Autowired
	protected TopicNames topics;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "trace");
	}

	protected static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

	protected void publish(Envelope<?> envelope) {
		this.publisher.publish(envelope).block();
	}

	protected void publish(Envelope<?> envelope, int partition) {
		this.publisher.publish(envelope, partition).block();
	}

	protected void send(Topic topic, Integer partition, String key, byte[] value, String eventType) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topics.of(topic), partition, key, value);
		if (eventType != null) {
			record.headers().add("taskwire-event-type", eventType.getBytes(StandardCharsets.UTF_8));
		}
		this.kafka.send(record).join();
	}

	protected long storedCalls(UUID taskId) {
		return this.database.sql("SELECT count(*) FROM llm_call WHERE task_id = :taskId")
			.bind("taskId", taskId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	protected void awaitStoredCalls(UUID taskId, long count) {
		eventually().until(() -> storedCalls(taskId) == count);
	}

	protected DeadLetterTopic deadLetterTopicOf(Topic topic) {
		return new DeadLetterTopic(this.bootstrapServers, this.topics.deadLetterOf(topic));
	}

	protected static String reasonOf(ConsumerRecord<String, byte[]> deadLetter) {
		return new String(deadLetter.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8);
	}

	protected WebTestClient.RequestHeadersSpec<?> getCalls(UUID taskId, String owner) {
		String query = (owner != null) ? "?owner=" + owner : "";
		return this.http.get()
			.uri("/internal/v1/tasks/" + taskId + "/llm-calls" + query)
			.header("Authorization", "Bearer " + TestInfrastructure.SERVICE_TOKEN);
	}

}
