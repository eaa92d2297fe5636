package io.taskwire.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.taskwire.system.TaskwireClient.ServerSentEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One task the whole way: submitted over HTTP, recorded, dispatched, run by a worker
 * against the simulated LLM, its call stored, its status streamed back.
 */
@Order(1)
class HappyPathSystemTests {

	private final TaskwireClient client = TaskwireClient.local();

	@BeforeAll
	static void startStack() {
		RunningStack.get();
	}

	@Test
	void runsAChatTaskToSuccessAndStreamsItsTimeline() {
		HttpResponse<String> accepted = this.client.post(TaskwireClient.ALICE, "/api/v1/tasks",
				"{\"type\":\"llm.chat\",\"input\":{\"prompt\":\"Name three rivers of Taiwan.\"}}");
		assertThat(accepted.statusCode()).isEqualTo(202);
		JsonNode task = TaskwireClient.parse(accepted.body());
		String id = task.get("id").asString();
		assertThat(UUID.fromString(id).version()).isEqualTo(7);
		assertThat(task.get("status").asString()).isEqualTo("QUEUED");

		assertThat(this.client.get(TaskwireClient.ALICE, "/api/v1/tasks/" + id).statusCode()).isEqualTo(200);
		List<ServerSentEvent> events = this.client.events(TaskwireClient.ALICE, "/api/v1/tasks/" + id + "/events",
				Duration.ofSeconds(60));

		assertThat(events).extracting(ServerSentEvent::id)
			.containsExactly(java.util.stream.IntStream.rangeClosed(1, events.size())
				.mapToObj((seq) -> id + ":" + seq)
				.toArray(String[]::new));
		assertThat(events).filteredOn((event) -> event.event().equals("task.status-changed"))
			.extracting((event) -> event.json().get("to").asString())
			.containsSubsequence("QUEUED", "DISPATCHED", "RUNNING", "SUCCEEDED")
			.endsWith("SUCCEEDED");

		JsonNode finished = this.client.getJson(TaskwireClient.ALICE, "/api/v1/tasks/" + id);
		assertThat(finished.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(finished.get("result").get("text").asString()).isNotBlank();
		JsonNode calls = this.client.getJson(TaskwireClient.ALICE, "/api/v1/tasks/" + id + "/llm-calls").get("items");
		assertThat(calls).hasSize(1);
		JsonNode usage = calls.get(0).get("usage");
		assertThat(usage.get("inputTokens").asLong()).isPositive();
		assertThat(usage.get("totalTokens").asLong())
			.isEqualTo(usage.get("inputTokens").asLong() + usage.get("outputTokens").asLong());
	}

	@Test
	void neverAnswers404RightAfterAccepting() {
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> accepted = this.client.post(TaskwireClient.BOB, "/api/v1/tasks",
					"{\"type\":\"noop\",\"input\":{\"sleepMs\":0}}");
			String id = TaskwireClient.parse(accepted.body()).get("id").asString();

			assertThat(this.client.get(TaskwireClient.BOB, "/api/v1/tasks/" + id).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void showsAnotherUsersTaskExactlyAsAMissingOne() {
		String id = TaskwireClient
			.parse(this.client
				.post(TaskwireClient.ALICE, "/api/v1/tasks", "{\"type\":\"noop\",\"input\":{\"sleepMs\":0}}")
				.body())
			.get("id")
			.asString();
		String missing = UUID.randomUUID().toString();

		HttpResponse<String> foreign = this.client.get(TaskwireClient.BOB, "/api/v1/tasks/" + id);
		HttpResponse<String> absent = this.client.get(TaskwireClient.BOB, "/api/v1/tasks/" + missing);

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(absent.statusCode()).isEqualTo(404);
		assertThat(foreign.body().replace(id, "{id}")).isEqualTo(absent.body().replace(missing, "{id}"));
		assertThat(this.client.get(TaskwireClient.BOB, "/api/v1/tasks/" + id + "/events").statusCode()).isEqualTo(404);
		assertThat(this.client.get(TaskwireClient.ADMIN, "/api/v1/tasks/" + id).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.client.getJson(TaskwireClient.ALICE, "/api/v1/tasks/" + id)
				.get("status")
				.asString()
				.equals("SUCCEEDED"));
	}

	@Test
	void refusesAnUnknownTypeAndAMissingKey() {
		assertThat(this.client.post(TaskwireClient.ALICE, "/api/v1/tasks", "{\"type\":\"llm.dream\",\"input\":{}}")
			.statusCode()).isEqualTo(422);
		assertThat(this.client.post(null, "/api/v1/tasks", "{\"type\":\"noop\",\"input\":{}}").statusCode())
			.isEqualTo(401);
	}

}
