package io.taskwire.worker.tasktype.extract;

import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.schema.JsonSchemas;
import io.taskwire.worker.support.FakeOpenAi;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code llm.extract} end to end: on the simulated provider and on a fake
 * OpenAI-compatible server, with repairs, and with its fallback chain
 * ({@code simulated-backup}).
 */
class ExtractIntegrationTests extends WorkerIntegrationTest {

	private static final String SCHEMA = """
			{"type":"object","required":["name","year"],"additionalProperties":false,
			 "properties":{"name":{"type":"string","minLength":1},"year":{"type":"integer","minimum":1800,"maximum":2100}}}
			""";

	private static String input(String text, String extra) {
		return "{\"text\":\"" + text + "\",\"schema\":" + SCHEMA + extra + "}";
	}

	@Test
	void extractsJsonValidAgainstTheSchemaOnTheSimulatedProvider() {
		UUID taskId = dispatch(aDispatch("llm.extract").withInput(input("Ada Lovelace, 1843", "")).build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(JsonSchemas.compile(json(SCHEMA)).violations(result.get("data"))).isEmpty();
		assertThat(result.get("repairs").asInt()).isZero();
		assertThat(result.get("provider").stringValue()).isEqualTo("simulated");
		assertThat(awaitCalls(taskId, 1)).extracting(LlmCallRecorded::step).containsExactly("extract");
		assertThat(awaitCalls(taskId, 1).get(0).request().has("responseSchema")).isTrue();
	}

	@Test
	void repairsInvalidJsonWithTheValidationErrorsAndRecordsEveryTry() {
		UUID taskId = dispatch(aDispatch("llm.extract")
			.withInput(input("Ada Lovelace, 1843", ",\"simulate\":{\"fail\":\"invalid_json\",\"times\":2}"))
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("repairs").asInt()).isEqualTo(2);
		List<LlmCallRecorded> calls = awaitCalls(taskId, 3);
		assertThat(calls).extracting(LlmCallRecorded::step).containsExactly("extract", "repair-1", "repair-2");
		// the repair prompt carries the previous answer and what was wrong with it
		JsonNode repair = calls.get(1).request().get("messages");
		assertThat(repair.get(repair.size() - 2).get("role").stringValue()).isEqualTo("assistant");
		assertThat(repair.get(repair.size() - 1).get("content").stringValue()).contains("not valid JSON");
		assertThat(eventsOf(taskId)).filteredOn(TaskLogged.class::isInstance).hasSize(2);
	}

	@Test
	void fallsBackToTheNextModelWhenRepairsRunOut() {
		UUID taskId = dispatch(aDispatch("llm.extract")
			.withInput(input("Ada Lovelace, 1843",
					",\"maxRepairs\":1,\"simulate\":{\"fail\":\"schema_violation\",\"times\":2}"))
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("provider").stringValue()).isEqualTo("simulated-backup");
		assertThat(result.get("model").stringValue()).isEqualTo("backup-1");
		List<LlmCallRecorded> calls = awaitCalls(taskId, 3);
		assertThat(calls).extracting(LlmCallRecorded::provider)
			.containsExactly("simulated", "simulated", "simulated-backup");
	}

	@Test
	void fallsBackToTheNextModelWhenRateLimited() {
		UUID taskId = dispatch(aDispatch("llm.extract")
			.withInput(input("Ada Lovelace, 1843", ",\"simulate\":{\"fail\":\"rate_limited\"}"))
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("provider").stringValue()).isEqualTo("simulated-backup");
		List<LlmCallRecorded> calls = awaitCalls(taskId, 2);
		assertThat(calls.get(0).failureKind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(calls.get(1).outcome()).isEqualTo(LlmCallRecorded.Outcome.OK);
		assertThat(eventsOf(taskId)).filteredOn(TaskLogged.class::isInstance)
			.extracting((event) -> ((TaskLogged) event).line().message())
			.anyMatch((message) -> message.contains("falling back to simulated-backup/backup-1"));
	}

	@Test
	void failsWithTheLastErrorsWhenEveryModelRunsOutOfRepairs() {
		UUID taskId = dispatch(aDispatch("llm.extract")
			.withInput(input("Ada Lovelace, 1843",
					",\"maxRepairs\":1,\"simulate\":{\"fail\":\"schema_violation\",\"times\":10}"))
			.build()).taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failed.retryable()).isFalse();
		assertThat(failed.message()).contains("simulated-backup/backup-1")
			.contains("not valid after 1 repairs")
			.contains("string found, object expected");
		assertThat(awaitCalls(taskId, 4)).hasSize(4);
	}

	@Test
	void failsASchemaThatCannotBeCompiledAsAnInvalidRequest() {
		UUID taskId = dispatch(aDispatch("llm.extract")
			.withInput("{\"text\":\"x\",\"schema\":{\"$ref\":\"https://example.com/remote.json\"}}")
			.build()).taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failed.retryable()).isFalse();
	}

	@Test
	void extractsFromAFakeOpenAiCompatibleServerAndRepairsItsAnswers() {
		String marker = "MARK-" + UUID.randomUUID();
		java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
		FakeOpenAi.script(marker, (request) -> Reply.json(200, FakeOpenAi.completion((calls.incrementAndGet() == 1)
				? "{\"name\":\"Ada\"}" : "```json\n{\"name\":\"Ada\",\"year\":1843}\n```")));

		UUID taskId = dispatch(aDispatch("llm.extract").withInput(input(marker + " Ada Lovelace, 1843", ""))
			.withProvider(FakeOpenAi.PROVIDER)
			.build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();
		assertThat(result.get("data")).isEqualTo(json("{\"name\":\"Ada\",\"year\":1843}"));
		assertThat(result.get("repairs").asInt()).isEqualTo(1);
		assertThat(result.get("provider").stringValue()).isEqualTo(FakeOpenAi.PROVIDER);
		JsonNode sent = FakeOpenAi.server().receivedContaining(marker).get(0).json();
		assertThat(sent.at("/response_format/json_schema/schema/required/1").stringValue()).isEqualTo("year");
		JsonNode repair = FakeOpenAi.server().receivedContaining(marker).get(1).json().get("messages");
		assertThat(repair.get(repair.size() - 1).get("content").stringValue()).contains("year");
	}

}
