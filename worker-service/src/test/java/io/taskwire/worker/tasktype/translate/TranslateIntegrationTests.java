package io.taskwire.worker.tasktype.translate;

import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.Dispatches;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import io.taskwire.worker.support.FakeOpenAi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code llm.translate} end to end: chunks, progress with checkpoints, the stitched
 * result, and a retry that resumes from the checkpoint without paying for the chunks
 * already done.
 */
class TranslateIntegrationTests extends WorkerIntegrationTest {

	private static String paragraphs(String marker, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			text.append((i > 1) ? "\\n\\n" : "")
				.append(marker)
				.append("-P")
				.append(i)
				.append(" This paragraph is long enough to fill a chunk of its own.");
		}
		return text.toString();
	}

	private static String input(String text) {
		return "{\"text\":\"" + text + "\",\"targetLanguage\":\"German\",\"chunkChars\":100}";
	}

	@Test
	void translatesChunkByChunkOnTheSimulatedProvider() {
		UUID taskId = dispatch(aDispatch("llm.translate").withInput(input(paragraphs("SIM", 3))).build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("chunks").asInt()).isEqualTo(3);
		assertThat(result.get("resumedChunks").asInt()).isZero();
		assertThat(result.get("text").stringValue().split("\n\n")).hasSize(3);
		assertThat(awaitCalls(taskId, 3)).extracting(LlmCallRecorded::step)
			.containsExactly("chunk-1", "chunk-2", "chunk-3");
		List<JsonNode> checkpoints = eventsOf(taskId).stream()
			.filter(TaskProgressed.class::isInstance)
			.map((event) -> ((TaskProgressed) event).checkpoint())
			.toList();
		assertThat(checkpoints).isNotEmpty();
		assertThat(checkpoints.get(checkpoints.size() - 1).get("translated").size()).isEqualTo(3);
	}

	@Test
	void resumesFromTheCheckpointWithoutCallingForChunksAlreadyDone() {
		String marker = "TR-" + UUID.randomUUID().toString().substring(0, 8);
		boolean[] chunkThreeFails = { true };
		FakeOpenAi.script(marker, (request) -> {
			if (request.body().contains(marker + "-P3") && chunkThreeFails[0]) {
				return Reply.json(500, "{\"error\":{\"message\":\"The server had an error\"}}");
			}
			String paragraph = request.json().at("/messages/1/content").stringValue();
			return Reply.json(200, FakeOpenAi.completion("DE " + paragraph));
		});
		Dispatches first = aDispatch("llm.translate").withInput(input(paragraphs(marker, 4)))
			.withProvider(FakeOpenAi.PROVIDER);
		UUID taskId = dispatch(first.build()).taskId();

		TaskFailed failed = awaitEvent(taskId, 1, TaskFailed.class);
		assertThat(failed.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failed.retryable()).isTrue();
		JsonNode checkpoint = lastCheckpointOf(taskId, 1);
		assertThat(checkpoint.get("translated").size()).isEqualTo(2);

		chunkThreeFails[0] = false;
		dispatch(first.retriedWith(checkpoint).build());
		JsonNode result = awaitEvent(taskId, 2, TaskSucceeded.class).result();

		assertThat(result.get("resumedChunks").asInt()).isEqualTo(2);
		assertThat(result.get("text").stringValue().split("\n\n")).hasSize(4)
			.allSatisfy((paragraph) -> assertThat(paragraph).startsWith("DE " + marker + "-P"));
		assertThat(FakeOpenAi.server().receivedContaining(marker + "-P1")).hasSize(1);
		assertThat(FakeOpenAi.server().receivedContaining(marker + "-P2")).hasSize(1);
		assertThat(FakeOpenAi.server().receivedContaining(marker + "-P3")).hasSize(2);
		assertThat(FakeOpenAi.server().receivedContaining(marker + "-P4")).hasSize(1);
		assertThat(awaitCalls(taskId, 5)).filteredOn((call) -> call.attempt() == 2)
			.extracting(LlmCallRecorded::step)
			.containsExactly("chunk-3", "chunk-4");
	}

	@Test
	void startsOverWhenTheCheckpointIsAboutAnotherText() {
		String text = paragraphs("OTHER", 2);
		JsonNode stale = Dispatches.json("{\"fingerprint\":\"not-this-text\",\"chunks\":2,\"translated\":[\"x\"]}");
		UUID taskId = dispatch(aDispatch("llm.translate").withInput(input(text)).retriedWith(stale).build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();

		assertThat(result.get("resumedChunks").asInt()).isZero();
		assertThat(awaitCalls(taskId, 2)).hasSize(2);
	}

}
