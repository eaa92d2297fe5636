package io.taskwire.gateway.task.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.RecordHeaders;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.gateway.GatewayIntegrationTest;
import io.taskwire.gateway.TaskTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class TaskSubmissionIntegrationTests extends GatewayIntegrationTest {

	@Test
	void acceptsATaskOnceTaskCreatedIsInKafka() {
		JsonNode task = submit(ALICE,
				"{\"type\":\"llm.chat\",\"input\":{\"prompt\":\"Say hello\"}," + "\"metadata\":{\"ticket\":\"T-42\"}}")
			.expectStatus()
			.isAccepted()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/tasks/[0-9a-f-]{36}")
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		UUID id = UUID.fromString(task.get("id").stringValue());
		assertThat(id.version()).isEqualTo(7);
		assertThat(task.get("status").stringValue()).isEqualTo("QUEUED");
		assertThat(task.get("type").stringValue()).isEqualTo(TaskTypes.CHAT);
		assertThat(task.get("attempt").intValue()).isZero();
		assertThat(task.get("metadata").get("ticket").stringValue()).isEqualTo("T-42");
		assertThat(task.get("links").get("events").stringValue()).isEqualTo("/api/v1/tasks/" + id + "/events");
		assertThat(task.has("owner")).isFalse();

		ConsumerRecord<String, byte[]> record = awaitRecord(Topic.TASKS_COMMANDS, (r) -> id.toString().equals(r.key()));
		Envelope<Message> envelope = this.codec.decode(record.value());
		TaskCreated created = (TaskCreated) envelope.payload();
		assertThat(created.taskId()).isEqualTo(id);
		assertThat(created.owner()).isEqualTo("alice");
		assertThat(created.type()).isEqualTo(TaskTypes.CHAT);
		assertThat(created.input().get("prompt").stringValue()).isEqualTo("Say hello");
		assertThat(created.priority()).isEqualTo(5);
		assertThat(created.timeoutSeconds()).isEqualTo(120);
		assertThat(created.maxAttempts()).isEqualTo(2);
		assertThat(created.concurrencyLimit()).isEqualTo(4);
		assertThat(created.metadata()).isEqualTo(Map.of("ticket", "T-42"));
		assertThat(Traceparent.traceId(envelope.traceparent())).isEqualTo(task.get("traceId").stringValue());
		assertThat(new String(record.headers().lastHeader(RecordHeaders.OWNER).value(), StandardCharsets.UTF_8))
			.isEqualTo("alice");
		assertThat(acceptedRows(id)).isOne();
	}

	@Test
	void takesTheRequestsValuesOverTheDefaults() {
		String id = submit(BOB, """
				{"type":"noop","input":{"sleepMs":10},"options":{"model":"gpt-4o-mini","provider":"simulated"},
				 "priority":9,"timeoutSeconds":30,"maxAttempts":7,"deadline":"2099-01-01T00:00:00Z"}
				""").expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.stringValue();
		TaskCreated created = (TaskCreated) this.codec
			.decode(awaitRecord(Topic.TASKS_COMMANDS, (r) -> id.equals(r.key())).value())
			.payload();
		assertThat(created.owner()).isEqualTo("bob");
		assertThat(created.priority()).isEqualTo(9);
		assertThat(created.timeoutSeconds()).isEqualTo(30);
		assertThat(created.maxAttempts()).isEqualTo(7);
		assertThat(created.deadline()).isEqualTo(java.time.Instant.parse("2099-01-01T00:00:00Z"));
		assertThat(created.options().model()).isEqualTo("gpt-4o-mini");
		assertThat(created.options().provider()).isEqualTo("simulated");
	}

	@Test
	void answersForATaskRightAfterAcceptingIt() {
		JsonNode accepted = submit(ALICE, "{\"type\":\"noop\"}").expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String id = accepted.get("id").stringValue();
		JsonNode task = this.http.get()
			.uri("/api/v1/tasks/" + id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(task).isEqualTo(accepted);
		assertThat(downstream.requests()).anySatisfy((request) -> {
			assertThat(request.path()).isEqualTo("/internal/v1/tasks/" + id);
			assertThat(request.query()).containsEntry("owner", "alice");
		});
	}

	@Test
	void refusesAnUnknownTypeListingTheKnownOnes() {
		long rows = acceptedRows();
		submit(ALICE, "{\"type\":\"no.such.type\"}").expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/unknown-task-type")
			.jsonPath("$.errors[0].pointer")
			.isEqualTo("/type")
			.jsonPath("$.knownTypes")
			.value((types) -> assertThat(types.toString()).contains("noop", "llm.chat"));
		assertThat(acceptedRows()).isEqualTo(rows);
	}

	@Test
	void refusesFieldsTheApiDoesNotDefineNamingThem() {
		long rows = acceptedRows();
		submit(ALICE, "{\"type\":\"noop\",\"owner\":\"bob\",\"status\":\"SUCCEEDED\",\"attempt\":2}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/validation-failed")
			.jsonPath("$.errors[?(@.pointer == '/owner')].code")
			.isEqualTo("unknown-field")
			.jsonPath("$.errors[?(@.pointer == '/status')]")
			.exists()
			.jsonPath("$.errors[?(@.pointer == '/attempt')]")
			.exists()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("/owner"));
		assertThat(acceptedRows()).isEqualTo(rows);
	}

	@Test
	void refusesValuesOutOfRangeNamingThem() {
		submit(ALICE, "{\"type\":\"noop\",\"priority\":10,\"timeoutSeconds\":604801,\"maxAttempts\":0}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(3)
			.jsonPath("$.errors[?(@.pointer == '/priority')].code")
			.isEqualTo("out-of-range")
			.jsonPath("$.errors[?(@.pointer == '/timeoutSeconds')].code")
			.isEqualTo("out-of-range")
			.jsonPath("$.errors[?(@.pointer == '/maxAttempts')].code")
			.isEqualTo("out-of-range");
		submit(ALICE, "{\"type\":\"noop\",\"priority\":-1,\"timeoutSeconds\":0,\"maxAttempts\":21}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(3);
	}

	@Test
	void refusesAnInputThatIsNotAnObject() {
		submit(ALICE, "{\"type\":\"noop\",\"input\":[1,2]}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].pointer")
			.isEqualTo("/input");
	}

	@Test
	void refusesAnInputThatBreaksItsTypesSchema() {
		long rows = acceptedRows();
		submit(ALICE, "{\"type\":\"llm.chat\",\"input\":{}}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].pointer")
			.isEqualTo("/input/prompt")
			.jsonPath("$.errors[0].code")
			.isEqualTo("schema");
		submit(ALICE, "{\"type\":\"noop\",\"input\":{\"sleepMs\":\"long\",\"extra\":1}}").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[?(@.pointer == '/input/sleepMs')]")
			.exists()
			.jsonPath("$.errors[?(@.pointer == '/input/extra')]")
			.exists();
		assertThat(acceptedRows()).isEqualTo(rows);
	}

	@Test
	void refusesABodyOverOneMebibyte() {
		String prompt = "x".repeat(1024 * 1024);
		submit(ALICE, "{\"type\":\"llm.chat\",\"input\":{\"prompt\":\"" + prompt + "\"}}").expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/payload-too-large");
	}

	@Test
	void refusesAChunkedBodyOverOneMebibyteAsItArrives() {
		byte[] chunk = ("\"" + "x".repeat(64 * 1024 - 2) + "\",").getBytes(StandardCharsets.UTF_8);
		Flux<DataBuffer> body = Flux
			.concat(Flux.just("{\"type\":\"llm.chat\",\"input\":{\"prompt\":[".getBytes()),
					Flux.range(0, 20).map((i) -> chunk), Flux.just("\"\"]}}".getBytes()))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
		this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.returnResult();
	}

	@Test
	void acceptsABodyJustUnderTheCap() {
		String prompt = "x".repeat(1024 * 1024 - 100);
		submit(ALICE, "{\"type\":\"llm.chat\",\"input\":{\"prompt\":\"" + prompt + "\"}}").expectStatus()
			.isAccepted()
			.expectBody()
			.returnResult();
	}

	@Test
	void refusesMalformedJson() {
		long rows = acceptedRows();
		for (String body : new String[] { "{\"type\":\"noop\"", "{type:noop}", "not json" }) {
			submit(ALICE, body).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://taskwire.io/problems/malformed-request");
		}
		assertThat(acceptedRows()).isEqualTo(rows);
	}

	@Test
	void refusesHostileJson() {
		String deep = "[".repeat(5000) + "]".repeat(5000);
		for (String body : new String[] { "{\"type\":\"noop\",\"type\":\"llm.chat\"}",
				"{\"type\":\"noop\",\"input\":" + deep + "}",
				"{\"type\":\"noop\",\"priority\":1" + "0".repeat(5000) + "}" }) {
			submit(ALICE, body).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://taskwire.io/problems/malformed-request");
		}
	}

	@Test
	void refusesARequestWithoutBody() {
		this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.returnResult();
	}

	@Test
	void refusesABodyThatIsNotJson() {
		this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("type=noop")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/unsupported-media-type");
	}

	@Test
	void refusesABodyThatIsNotAnObject() {
		submit(ALICE, "[{\"type\":\"noop\"}]").expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].pointer")
			.isEqualTo("");
	}

	private WebTestClient.ResponseSpec submit(String key, String body) {
		return this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

}
