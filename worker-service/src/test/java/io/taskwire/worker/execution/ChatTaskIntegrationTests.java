package io.taskwire.worker.execution;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.SendLog;
import io.taskwire.worker.support.TopicRecorder.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code llm.chat} end to end on the simulated provider: the outcome on
 * {@code tasks.worker-events}, the call on {@code llm.calls}, and their order.
 */
class ChatTaskIntegrationTests extends WorkerIntegrationTest {

	@Test
	void answersAPromptAndRecordsTheCallBeforeTheTaskSucceeds() {
		UUID taskId = dispatch(aDispatch("llm.chat").withInput("{\"prompt\":\"Say hello\"}").build()).taskId();

		TaskSucceeded succeeded = awaitEvent(taskId, TaskSucceeded.class);
		Received call = awaitCallRecordOf(taskId);

		assertThat(eventTypesOf(taskId)).containsExactly("TaskStarted", "TaskSucceeded");
		JsonNode result = succeeded.result();
		String text = result.get("text").stringValue();
		assertThat(text).startsWith("Simulated reply ").contains("you said \"Say hello\"");
		assertThat(result.get("model").stringValue()).isEqualTo("simulated-1");
		// "user: Say hello" is 15 code points
		long outputTokens = (text.codePointCount(0, text.length()) + 3) / 4;
		assertThat(result.at("/usage/inputTokens").asLong()).isEqualTo(4);
		assertThat(result.at("/usage/outputTokens").asLong()).isEqualTo(outputTokens);

		LlmCallRecorded recorded = (LlmCallRecorded) call.envelope().payload();
		assertThat(recorded.attempt()).isEqualTo(1);
		assertThat(recorded.owner()).isEqualTo("alice");
		assertThat(recorded.taskType()).isEqualTo("llm.chat");
		assertThat(recorded.step()).isEqualTo("chat");
		assertThat(recorded.provider()).isEqualTo("simulated");
		assertThat(recorded.model()).isEqualTo("simulated-1");
		assertThat(recorded.promptVersion()).isEqualTo("chat-1");
		assertThat(recorded.outcome()).isEqualTo(LlmCallRecorded.Outcome.OK);
		assertThat(recorded.usage()).isEqualTo(Usage.of(4, outputTokens));
		assertThat(recorded.request().at("/messages/0/role").stringValue()).isEqualTo("user");
		assertThat(recorded.request().at("/messages/0/content").stringValue()).isEqualTo("Say hello");
		assertThat(recorded.response().get("text").stringValue()).isEqualTo(text);

		int callAcknowledged = SendLog.acknowledgedAt(call.topic(), call.partition(), call.offset());
		int succeededSent = SendLog.sentAt(topic(Topic.TASKS_WORKER_EVENTS), taskId.toString(), "task.succeeded");
		assertThat(callAcknowledged).isNotNegative().isLessThan(succeededSent);
	}

	@Test
	void sendsTheSystemMessageFirstAndThenTheConversation() {
		UUID taskId = dispatch(aDispatch("llm.chat").withInput("""
				{"system": "Be brief.", "temperature": 0.2, "maxTokens": 500,
				 "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"},
				              {"role": "user", "content": "How are you?"}]}
				""").build()).taskId();

		awaitEvent(taskId, TaskSucceeded.class);
		LlmCallRecorded recorded = (LlmCallRecorded) awaitCallRecordOf(taskId).envelope().payload();

		List<String> roles = recorded.request()
			.get("messages")
			.values()
			.stream()
			.map((message) -> message.get("role").stringValue())
			.toList();
		assertThat(roles).containsExactly("system", "user", "assistant", "user");
		assertThat(recorded.request().get("temperature").asDouble()).isEqualTo(0.2);
		assertThat(recorded.request().get("maxTokens").asInt()).isEqualTo(500);
		assertThat(recorded.response().get("text").stringValue()).contains("you said \"How are you?\"");
	}

	@Test
	void publishesACallWhosePromptHoldsAKeyRedacted() {
		String key = "sk-abcdefghijklmnopqrstuvwx123456";
		UUID taskId = dispatch(
				aDispatch("llm.chat").withInput("{\"prompt\":\"My key is " + key + ", keep it safe\"}").build())
			.taskId();

		Received call = awaitCallRecordOf(taskId);

		LlmCallRecorded recorded = (LlmCallRecorded) call.envelope().payload();
		assertThat(recorded.request().toString()).contains("[REDACTED:openai_key]").doesNotContain(key);
		assertThat(recorded.response().toString()).contains("[REDACTED:openai_key]").doesNotContain(key);
		assertThat(new String(call.value(), StandardCharsets.UTF_8)).doesNotContain(key);
	}

	@Test
	void failsATaskThatAsksForAnUnknownProviderWithoutCallingAnything() {
		UUID taskId = dispatch(
				aDispatch("llm.chat").withInput("{\"prompt\":\"Hi\"}").withProvider("no-such-provider").build())
			.taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failed.retryable()).isFalse();
		assertThat(failed.message()).contains("Unknown LLM provider 'no-such-provider'");
		assertThat(SendLog.sentWithKey(topic(Topic.LLM_CALLS), taskId.toString())).isZero();
	}

	private Received awaitCallRecordOf(UUID taskId) {
		return eventually()
			.until(() -> this.recorder.of(topic(Topic.LLM_CALLS))
				.stream()
				.filter((record) -> taskId.toString().equals(record.key()))
				.toList(), (records) -> !records.isEmpty())
			.get(0);
	}

}
