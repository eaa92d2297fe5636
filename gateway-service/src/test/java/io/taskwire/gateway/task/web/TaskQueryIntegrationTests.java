package io.taskwire.gateway.task.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Ids;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.gateway.FakeInternalServices.TimelineItem;
import io.taskwire.gateway.GatewayIntegrationTest;
import io.taskwire.gateway.task.events.StatusEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class TaskQueryIntegrationTests extends GatewayIntegrationTest {

	private final UUID alicesTask = Ids.uuidV7(java.time.Clock.systemUTC());

	@Test
	void showsATaskAsTaskServiceKnowsIt() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		JsonNode task = get(ALICE, "/api/v1/tasks/" + this.alicesTask).expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(task.get("id").stringValue()).isEqualTo(this.alicesTask.toString());
		assertThat(task.get("status").stringValue()).isEqualTo("SUCCEEDED");
		assertThat(task.get("attempt").intValue()).isEqualTo(1);
		assertThat(task.get("progress").get("percent").intValue()).isEqualTo(100);
		assertThat(task.get("result").get("text").stringValue()).isEqualTo("Hello");
		assertThat(task.get("finishedAt").stringValue()).isEqualTo("2026-11-23T09:30:02Z");
		assertThat(task.get("metadata").get("ticket").stringValue()).isEqualTo("T-42");
		assertThat(task.get("links").get("llmCalls").stringValue())
			.isEqualTo("/api/v1/tasks/" + this.alicesTask + "/llm-calls");
		assertThat(task.has("owner")).isFalse();
		assertThat(task.has("input")).isFalse();
		assertThat(task.has("options")).isFalse();
		assertThat(task.has("priority")).isFalse();
		assertThat(downstream.requests()).singleElement().satisfies((request) -> {
			assertThat(request.query()).containsEntry("owner", "alice");
			assertThat(request.authorization()).isEqualTo("Bearer test-service-token");
		});
	}

	@Test
	void showsAnAdminEveryUsersTask() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		get(ADMIN, "/api/v1/tasks/" + this.alicesTask).expectStatus().isOk().expectBody().returnResult();
		assertThat(downstream.requests()).singleElement()
			.satisfies((request) -> assertThat(request.query()).doesNotContainKey("owner"));
	}

	@Test
	void answersAnotherUsersTaskExactlyLikeAnUnknownId() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		for (String resource : new String[] { "", "/timeline", "/llm-calls", "/events" }) {
			byte[] foreign = notFound(BOB, "/api/v1/tasks/" + this.alicesTask + resource);
			byte[] unknown = notFound(BOB, "/api/v1/tasks/" + UUID.randomUUID() + resource);
			byte[] malformed = notFound(BOB, "/api/v1/tasks/not-a-task-id" + resource);
			assertThat(foreign).isEqualTo(unknown).isEqualTo(malformed);
		}
		assertThat(new String(notFound(BOB, "/api/v1/tasks/" + this.alicesTask), StandardCharsets.UTF_8))
			.isEqualTo("{\"type\":\"https://taskwire.io/problems/task-not-found\",\"title\":\"Task not found\","
					+ "\"status\":404,\"detail\":\"There is no task with this id.\"}");
	}

	@Test
	void hidesATaskAcceptedForAnotherUser() {
		String id = this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"type\":\"noop\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.stringValue();
		assertThat(notFound(BOB, "/api/v1/tasks/" + id)).isEqualTo(notFound(BOB, "/api/v1/tasks/" + UUID.randomUUID()));
		get(ADMIN, "/api/v1/tasks/" + id).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("QUEUED");
	}

	@Test
	void answers503WhenTaskServiceFailsTellingNothingAboutIt() {
		for (int status : new int[] { 500, 503, 401 }) {
			downstream.failWith(status);
			String body = get(ALICE, "/api/v1/tasks/" + this.alicesTask).expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.valueEquals(HttpHeaders.RETRY_AFTER, "5")
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).contains("https://taskwire.io/problems/service-unavailable")
				.doesNotContain("10.0.0.7", "127.0.0.1", "localhost", "Exception", "task-service");
		}
	}

	@Test
	void neverShowsATaskOfAnotherOwnerEvenIfTaskServiceAnswersWithIt() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		downstream.ignoreOwner();
		assertThat(notFound(BOB, "/api/v1/tasks/" + this.alicesTask))
			.isEqualTo(notFound(BOB, "/api/v1/tasks/" + UUID.randomUUID()));
	}

	@Test
	void answers503WhenTaskServiceAnswersSomethingUnreadable() {
		for (String view : new String[] { "not json", "{\"id\":\"" + this.alicesTask + "\"}",
				succeededView(UUID.randomUUID(), "alice") }) {
			downstream.putTask(this.alicesTask, "alice", view);
			get(ALICE, "/api/v1/tasks/" + this.alicesTask).expectStatus().isEqualTo(503).expectBody().returnResult();
		}
	}

	@Test
	void listsTheTimelineAsEnvelopes() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		StatusEvents events = StatusEvents.of(this.alicesTask, "alice");
		downstream.putTimeline(this.alicesTask,
				List.of(new TimelineItem(1, this.codec.encodePretty(events.changed(1, null, TaskStatus.QUEUED))),
						new TimelineItem(2, this.codec.encodePretty(events.log(2, "started")))));
		get(ALICE, "/api/v1/tasks/" + this.alicesTask + "/timeline").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].type")
			.isEqualTo("task.status-changed")
			.jsonPath("$.items[0].payload.seq")
			.isEqualTo(1)
			.jsonPath("$.items[1].type")
			.isEqualTo("task.timeline-entry")
			.jsonPath("$.items[1].payload.log.message")
			.isEqualTo("started");
	}

	@Test
	void listsTheLlmCallsOfAVisibleTask() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		downstream.putLlmCalls(this.alicesTask, "[{\"id\":\"c1\",\"taskId\":\"" + this.alicesTask
				+ "\",\"attempt\":1,\"usage\":{\"inputTokens\":3,\"outputTokens\":2,\"totalTokens\":5}}]");
		get(ALICE, "/api/v1/tasks/" + this.alicesTask + "/llm-calls").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].usage.totalTokens")
			.isEqualTo(5);
		assertThat(downstream.requests()).anySatisfy((request) -> assertThat(request.path()).endsWith("/llm-calls"));
	}

	@Test
	void neverAsksForTheLlmCallsOfATaskTheCallerCannotSee() {
		downstream.putTask(this.alicesTask, "alice", succeededView(this.alicesTask, "alice"));
		notFound(BOB, "/api/v1/tasks/" + this.alicesTask + "/llm-calls");
		assertThat(downstream.requests()).noneSatisfy((request) -> assertThat(request.path()).endsWith("/llm-calls"));
	}

	private WebTestClient.ResponseSpec get(String key, String path) {
		return this.http.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + key).exchange();
	}

	private byte[] notFound(String key, String path) {
		return get(key, path).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	static String succeededView(UUID id, String owner) {
		return """
				{"id":"%s","owner":"%s","type":"llm.chat","status":"SUCCEEDED","attempt":1,"priority":5,
				 "progress":{"percent":100,"message":"done"},"result":{"text":"Hello"},
				 "createdAt":"2026-11-23T09:30:00Z","startedAt":"2026-11-23T09:30:01Z",
				 "finishedAt":"2026-11-23T09:30:02Z","traceId":"4bf92f3577b34da6a3ce929d0e0e4736",
				 "metadata":{"ticket":"T-42"},"input":{"prompt":"Say hello"},"options":{"model":"m"},
				 "somethingNew":true}
				""".formatted(id, owner);
	}

}
