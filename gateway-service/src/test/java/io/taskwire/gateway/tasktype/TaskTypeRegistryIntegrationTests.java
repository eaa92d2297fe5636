package io.taskwire.gateway.tasktype;

import java.time.Duration;

import io.taskwire.contracts.Topic;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.gateway.GatewayIntegrationTest;
import io.taskwire.gateway.TaskTypes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskTypeRegistryIntegrationTests extends GatewayIntegrationTest {

	@Autowired
	private KafkaTemplate<String, byte[]> kafkaTemplate;

	@Test
	void listsEveryRegisteredTypeWithSchemaAndDefaults() {
		this.http.get()
			.uri("/api/v1/task-types")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.type == 'llm.chat')].inputSchema.required[0]")
			.isEqualTo("prompt")
			.jsonPath("$.items[?(@.type == 'noop')].defaults.timeoutSeconds")
			.isEqualTo(60)
			.jsonPath("$.items[?(@.type == 'noop')].version")
			.isEqualTo("1");
	}

	@Test
	void followsNewRegistrationsReplacementsAndRemovals() {
		publish(new TaskTypeRegistered("text.upper", "1", "Upper-cases text", TaskTypes.schema("{\"type\":\"object\"}"),
				new TaskTypeRegistered.Defaults(10, 1)));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.taskTypes.find("text.upper").isPresent());

		publish(new TaskTypeRegistered("text.upper", "2", "Upper-cases text, v2",
				TaskTypes.schema("{\"type\":\"object\"}"), new TaskTypeRegistered.Defaults(10, 1)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "2".equals(this.taskTypes.find("text.upper").get().registration().version()));

		this.kafkaTemplate.send(this.topicNames.of(Topic.TASKS_TYPES), "text.upper", null).join();
		await().atMost(Duration.ofSeconds(30)).until(() -> this.taskTypes.find("text.upper").isEmpty());
	}

	@Test
	void skipsRecordsItCannotUseAndGoesOn() {
		this.kafkaTemplate.send(this.topicNames.of(Topic.TASKS_TYPES), "broken", "{not json".getBytes()).join();
		publish(new TaskTypeRegistered("bad.schema", "1", "A schema with a broken reference",
				TaskTypes.schema("{\"$ref\":\"#/definitions/missing\"}"), new TaskTypeRegistered.Defaults(10, 1)));
		publish(new TaskTypeRegistered("after.broken", "1", "Registered after broken records",
				TaskTypes.schema("{\"type\":\"object\"}"), new TaskTypeRegistered.Defaults(10, 1)));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.taskTypes.find("after.broken").isPresent());
		assertThat(this.taskTypes.find("broken")).isEmpty();
		assertThat(this.taskTypes.find("bad.schema")).isEmpty();
	}

}
