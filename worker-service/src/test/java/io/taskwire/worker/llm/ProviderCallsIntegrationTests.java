package io.taskwire.worker.llm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.FakeHttpServer.Received;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import io.taskwire.worker.support.FakeOpenAi;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LLM calls to a configured provider (a fake OpenAI-compatible server over real HTTP)
 * through the whole worker: answers, classified failures as {@code TaskFailed}, keys kept
 * out of everything published, and calls stopped mid-flight by a cancel or the attempt
 * time limit.
 */
class ProviderCallsIntegrationTests extends WorkerIntegrationTest {

	@Autowired
	private LlmCallRecorder calls;

	private static String marker() {
		return "CALL-" + UUID.randomUUID();
	}

	private UUID chat(String marker, int timeLimitSeconds) {
		return dispatch(aDispatch("llm.chat").withInput("{\"prompt\":\"" + marker + " say hi\"}")
			.withProvider(FakeOpenAi.PROVIDER)
			.withTimeLimitSeconds(timeLimitSeconds)
			.build()).taskId();
	}

	@Test
	void answersAChatFromTheProviderTheTaskChose() {
		String marker = marker();
		UUID taskId = chat(marker, 60);

		TaskSucceeded succeeded = awaitEvent(taskId, TaskSucceeded.class);

		assertThat(succeeded.result().get("text").stringValue()).isEqualTo("[fake] " + marker + " say hi");
		assertThat(succeeded.result().get("model").stringValue()).isEqualTo("fake-gpt-0001");
		LlmCallRecorded call = awaitCalls(taskId, 1).get(0);
		assertThat(call.provider()).isEqualTo(FakeOpenAi.PROVIDER);
		assertThat(call.usage().totalTokens()).isEqualTo(15);
		Received sent = FakeOpenAi.server().receivedContaining(marker).get(0);
		assertThat(sent.json().get("model").stringValue()).isEqualTo(FakeOpenAi.MODEL);
	}

	@Test
	void failsA429RetryablyNotBeforeTheProvidersResetTime() {
		String marker = marker();
		FakeOpenAi.script(marker,
				(request) -> Reply
					.json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}")
					.withHeaders(java.util.Map.of("retry-after", "120")));
		Instant before = Instant.now();

		TaskFailed failed = awaitEvent(chat(marker, 60), TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(failed.retryable()).isTrue();
		assertThat(failed.retryNotBefore()).isBetween(before.plusSeconds(120), Instant.now().plusSeconds(120));
	}

	@Test
	void failsA400WithoutRetry() {
		String marker = marker();
		FakeOpenAi.script(marker, (request) -> Reply.json(400,
				"{\"error\":{\"message\":\"Invalid value for 'messages'\",\"type\":\"invalid_request_error\"}}"));

		TaskFailed failed = awaitEvent(chat(marker, 60), TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failed.retryable()).isFalse();
		assertThat(failed.message()).contains("400").contains("Invalid value for 'messages'");
	}

	@Test
	void keepsTheProviderKeyOutOfEveryRecordEvenWhenTheProviderEchoesIt() {
		String marker = marker();
		FakeOpenAi.script(marker, (request) -> Reply.json(401,
				"{\"error\":{\"message\":\"Incorrect API key provided: " + FakeOpenAi.KEY + "\"}}"));

		UUID taskId = chat(marker, 60);
		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);
		awaitCalls(taskId, 1);

		assertThat(failed.kind()).isEqualTo(FailureKind.AUTH);
		assertThat(FakeOpenAi.server().receivedContaining(marker).get(0).header("Authorization"))
			.isEqualTo("Bearer " + FakeOpenAi.KEY);
		for (String topic : java.util.List.of(topic(Topic.LLM_CALLS), topic(Topic.TASKS_WORKER_EVENTS))) {
			assertThat(this.recorder.of(topic))
				.allSatisfy((record) -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
					.doesNotContain(FakeOpenAi.KEY));
		}
	}

	@Test
	void closesTheCallAtOnceWhenTheTaskIsCancelledAndRecordsItAsCancelled() {
		String marker = marker();
		FakeOpenAi.script(marker,
				(request) -> Reply.json(200, FakeOpenAi.completion("too late")).after(Duration.ofHours(1)));
		UUID taskId = chat(marker, 600);
		awaitEvent(taskId, TaskStarted.class);
		Received call = eventually()
			.until(() -> FakeOpenAi.server().receivedContaining(marker), (received) -> !received.isEmpty())
			.get(0);

		Instant cancelledAt = Instant.now();
		cancel(taskId, WORKER_ID, null);
		awaitEvent(taskId, TaskCancelled.class);

		Instant closedAt = call.connectionClosed().orTimeout(10, TimeUnit.SECONDS).join();
		assertThat(Duration.between(cancelledAt, closedAt)).isLessThan(Duration.ofSeconds(1));
		LlmCallRecorded recorded = awaitCalls(taskId, 1).get(0);
		assertThat(recorded.outcome()).isEqualTo(LlmCallRecorded.Outcome.ERROR);
		assertThat(recorded.failureKind()).isEqualTo(FailureKind.CANCELLED);
	}

	@Test
	void stopsACallThatOutlivesTheAttemptTimeLimit() {
		String marker = marker();
		FakeOpenAi.script(marker,
				(request) -> Reply.json(200, FakeOpenAi.completion("too late")).after(Duration.ofHours(1)));

		UUID taskId = chat(marker, 1);
		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.ATTEMPT_TIMED_OUT);
		assertThat(failed.retryable()).isFalse();
		assertThat(FakeOpenAi.server().receivedContaining(marker).get(0).connectionClosed())
			.succeedsWithin(Duration.ofSeconds(5));
		assertThat(awaitCalls(taskId, 1).get(0).failureKind()).isEqualTo(FailureKind.CANCELLED);
	}

	@Test
	void recordsTheTokensACancelledCallHadSpent() {
		UUID taskId = dispatch(
				aDispatch("llm.chat").withInput("{\"prompt\":\"Wait for it\",\"simulate\":{\"fail\":\"timeout\"}}")
					.build())
			.taskId();
		awaitEvent(taskId, TaskStarted.class);

		cancel(taskId, WORKER_ID, null);
		awaitEvent(taskId, TaskCancelled.class);

		LlmCallRecorded recorded = awaitCalls(taskId, 1).get(0);
		assertThat(recorded.failureKind()).isEqualTo(FailureKind.CANCELLED);
		// "user: Wait for it" is 17 code points: 5 tokens read before the call stopped
		assertThat(recorded.usage().inputTokens()).isEqualTo(5);
		assertThat(recorded.usage().outputTokens()).isZero();
	}

}
