package io.taskwire.worker.tasktype.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import io.taskwire.worker.support.FakeOpenAi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code llm.plan} end to end: a day per step, a failing day retried alone, the one-shot
 * fallback, on the simulated provider and on a fake OpenAI-compatible server.
 */
class PlanIntegrationTests extends WorkerIntegrationTest {

	private static String trip(String extra) {
		return "{\"destination\":\"Lisbon\",\"days\":3,\"startDate\":\"2026-05-01\"" + extra + "}";
	}

	@Test
	void plansOneDayPerStepOnTheSimulatedProvider() {
		UUID taskId = dispatch(aDispatch("llm.plan").withInput(trip("")).build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("mode").stringValue()).isEqualTo("day-by-day");
		assertThat(dates(result)).containsExactly("2026-05-01", "2026-05-02", "2026-05-03");
		assertThat(allPlacesDiffer(result)).isTrue();
		assertThat(awaitCalls(taskId, 3)).extracting(LlmCallRecorded::step).containsExactly("day-1", "day-2", "day-3");
	}

	@Test
	void retriesAFailingDayAloneAndKeepsTheOthers() {
		UUID taskId = dispatch(aDispatch("llm.plan")
			.withInput(trip(",\"simulate\":{\"fail\":\"invalid_json\",\"step\":\"day-2\",\"times\":2}"))
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("mode").stringValue()).isEqualTo("day-by-day");
		assertThat(dates(result)).containsExactly("2026-05-01", "2026-05-02", "2026-05-03");
		List<LlmCallRecorded> calls = awaitCalls(taskId, 5);
		assertThat(calls).extracting(LlmCallRecorded::step)
			.containsExactly("day-1", "day-2", "day-2", "day-2", "day-3");
		String retryPrompt = calls.get(2).request().at("/messages/1/content").stringValue();
		assertThat(retryPrompt).contains("Your previous answer for this day was not valid");
	}

	@Test
	void fallsBackToOneShotWhenADayFailsItsRetriesAndSaysSo() {
		UUID taskId = dispatch(aDispatch("llm.plan")
			.withInput(trip(",\"simulate\":{\"fail\":\"schema_violation\",\"step\":\"day-2\",\"times\":3}"))
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("mode").stringValue()).isEqualTo("one-shot-fallback");
		assertThat(result.get("fallbackReason").stringValue()).contains("day 2 was not valid after 2 retries");
		assertThat(dates(result)).containsExactly("2026-05-01", "2026-05-02", "2026-05-03");
		assertThat(awaitCalls(taskId, 5)).extracting(LlmCallRecorded::step)
			.containsExactly("day-1", "day-2", "day-2", "day-2", "one-shot");
	}

	@Test
	void rejectsADayThatRepeatsAPlaceAndFallsBackToTheNextModel() {
		String marker = "PLAN-" + UUID.randomUUID();
		FakeOpenAi.script(marker, (request) -> {
			JsonNode schema = request.json().at("/response_format/json_schema/schema");
			String date = schema.at("/properties/date/const").stringValue();
			return Reply.json(200, FakeOpenAi
				.completion("{\"date\":\"" + date + "\",\"title\":\"Same again\",\"places\":[\"Belem Tower\"]}"));
		});

		UUID taskId = dispatch(aDispatch("llm.plan")
			.withInput("{\"destination\":\"" + marker + "\",\"days\":2,\"startDate\":\"2026-05-01\","
					+ "\"dayRetries\":1,\"oneShotFallback\":false}")
			.withProvider(FakeOpenAi.PROVIDER)
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();
		assertThat(result.get("provider").stringValue()).isEqualTo("simulated-backup");
		assertThat(result.get("mode").stringValue()).isEqualTo("day-by-day");
		// day 1, then day 2 and its one retry, both repeating day 1's place
		assertThat(FakeOpenAi.server().receivedContaining(marker)).hasSize(3);
		String retryPrompt = FakeOpenAi.server()
			.receivedContaining(marker)
			.get(2)
			.json()
			.at("/messages/1/content")
			.stringValue();
		assertThat(retryPrompt).contains("'Belem Tower' on day 2 is already visited on day 1");
	}

	@Test
	void failsWhenNoModelCanMakeAValidPlan() {
		UUID taskId = dispatch(aDispatch("llm.plan")
			.withInput(trip(",\"dayRetries\":0,\"simulate\":{\"fail\":\"schema_violation\",\"times\":100}"))
			.build()).taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failed.retryable()).isFalse();
		assertThat(failed.message()).contains("day 1 was not valid after 0 retries")
			.contains("one-shot fallback failed");
	}

	@Test
	void plansOnAFakeOpenAiCompatibleServer() {
		String marker = "PLANOK-" + UUID.randomUUID();
		UUID taskId = dispatch(aDispatch("llm.plan")
			.withInput("{\"destination\":\"" + marker + "\",\"days\":2,\"startDate\":\"2026-12-31\"}")
			.withProvider(FakeOpenAi.PROVIDER)
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("provider").stringValue()).isEqualTo(FakeOpenAi.PROVIDER);
		assertThat(dates(result)).containsExactly("2026-12-31", "2027-01-01");
		assertThat(FakeOpenAi.server().receivedContaining(marker)).hasSize(2);
	}

	private static List<String> dates(JsonNode result) {
		return result.get("days").values().stream().map((day) -> day.get("date").stringValue()).toList();
	}

	private static boolean allPlacesDiffer(JsonNode result) {
		Set<String> seen = new HashSet<>();
		for (JsonNode day : result.get("days").values()) {
			for (JsonNode place : day.get("places").values()) {
				if (!seen.add(place.stringValue().toLowerCase())) {
					return false;
				}
			}
		}
		return true;
	}

}
