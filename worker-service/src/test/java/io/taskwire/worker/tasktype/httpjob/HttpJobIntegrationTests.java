package io.taskwire.worker.tasktype.httpjob;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.Dispatches;
import io.taskwire.worker.support.FakeHttpServer;
import io.taskwire.worker.support.FakeHttpServer.Received;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code http.job} end to end against a slow fake remote: one request; a long job started
 * once with the task id as idempotency key and polled until done; and a retry that polls
 * the job the first attempt started instead of starting another.
 */
class HttpJobIntegrationTests extends WorkerIntegrationTest {

	private static FakeHttpServer remote;

	private final AtomicInteger polls = new AtomicInteger();

	private final AtomicBoolean pollsFail = new AtomicBoolean();

	@BeforeAll
	static void startRemote() {
		remote = FakeHttpServer.start();
	}

	@AfterAll
	static void stopRemote() {
		remote.close();
	}

	private void slowRemoteJob(String id, int pollsUntilDone) {
		remote.respond((request) -> {
			if (request.method().equals("POST")) {
				return Reply.json(202, "{\"id\":\"" + id + "\",\"status\":\"queued\"}").after(Duration.ofMillis(50));
			}
			if (this.pollsFail.get()) {
				return Reply.json(503, "{\"error\":{\"message\":\"busy\"}}");
			}
			boolean done = this.polls.incrementAndGet() >= pollsUntilDone;
			return Reply
				.json(200,
						done ? "{\"status\":\"done\",\"result\":{\"image\":\"https://cdn.example/" + id + ".png\"}}"
								: "{\"status\":\"running\"}")
				.after(Duration.ofMillis(20));
		});
	}

	private static String job(String extra) {
		return "{\"url\":\"" + remote.baseUrl() + "/images\",\"headers\":{\"Authorization\":\"Bearer remote-token\"},"
				+ "\"body\":{\"prompt\":\"a lighthouse\"},\"statusUrl\":\"" + remote.baseUrl()
				+ "/images/{id}\",\"pollIntervalSeconds\":0.01" + extra + "}";
	}

	@Test
	void makesOneRequestAndAnswersWithItsResponse() {
		remote.respond((request) -> Reply.json(200, "{\"checked\":12,\"firing\":0}"));

		UUID taskId = dispatch(
				aDispatch("http.job").withInput("{\"url\":\"" + remote.baseUrl() + "/alerts/check\"}").build())
			.taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();
		assertThat(result.get("status").asInt()).isEqualTo(200);
		assertThat(result.at("/body/checked").asInt()).isEqualTo(12);
	}

	@Test
	void classifiesTheAnswerOfAFailingRequest() {
		remote.respond((request) -> request.uri().contains("busy") ? Reply.json(503, "{}")
				: Reply.json(404, "{\"error\":{\"message\":\"no such rule\"}}"));

		UUID busy = dispatch(aDispatch("http.job").withInput("{\"url\":\"" + remote.baseUrl() + "/busy\"}").build())
			.taskId();
		UUID missing = dispatch(
				aDispatch("http.job").withInput("{\"url\":\"" + remote.baseUrl() + "/missing\"}").build())
			.taskId();

		TaskFailed busyFailed = awaitEvent(busy, TaskFailed.class);
		assertThat(busyFailed.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(busyFailed.retryable()).isTrue();
		TaskFailed missingFailed = awaitEvent(missing, TaskFailed.class);
		assertThat(missingFailed.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(missingFailed.retryable()).isFalse();
		assertThat(missingFailed.message()).contains("404").contains("no such rule");
	}

	@Test
	void startsALongJobOnceAndPollsItUntilItIsDone() {
		slowRemoteJob("img-1", 5);
		int before = remote.received().size();

		UUID taskId = dispatch(aDispatch("http.job").withInput(job("")).build()).taskId();

		JsonNode result = awaitEvent(taskId, TaskSucceeded.class).result();
		assertThat(result.get("remoteId").stringValue()).isEqualTo("img-1");
		assertThat(result.at("/result/image").stringValue()).isEqualTo("https://cdn.example/img-1.png");
		List<Received> requests = remote.received().subList(before, remote.received().size());
		Received start = requests.get(0);
		assertThat(start.method()).isEqualTo("POST");
		assertThat(start.header("Idempotency-Key")).isEqualTo(taskId.toString());
		assertThat(start.header("Authorization")).isEqualTo("Bearer remote-token");
		assertThat(start.json().get("prompt").stringValue()).isEqualTo("a lighthouse");
		assertThat(requests.subList(1, requests.size())).hasSize(5)
			.allSatisfy((poll) -> assertThat(poll.uri()).isEqualTo("/images/img-1"))
			.allSatisfy((poll) -> assertThat(poll.header("Authorization")).isEqualTo("Bearer remote-token"));
		assertThat(lastCheckpointOf(taskId, 1).get("remoteId").stringValue()).isEqualTo("img-1");
	}

	@Test
	void aRetryPollsTheJobTheFirstAttemptStarted() {
		slowRemoteJob("img-2", 3);
		this.pollsFail.set(true);
		int before = remote.received().size();
		Dispatches first = aDispatch("http.job").withInput(job(""));
		UUID taskId = dispatch(first.build()).taskId();

		TaskFailed failed = awaitEvent(taskId, 1, TaskFailed.class);
		assertThat(failed.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failed.retryable()).isTrue();
		assertThat(failed.message()).contains("polls of the remote job img-2 failed in a row");
		JsonNode checkpoint = lastCheckpointOf(taskId, 1);

		this.pollsFail.set(false);
		dispatch(first.retriedWith(checkpoint).build());
		JsonNode result = awaitEvent(taskId, 2, TaskSucceeded.class).result();

		assertThat(result.get("remoteId").stringValue()).isEqualTo("img-2");
		List<Received> requests = remote.received().subList(before, remote.received().size());
		assertThat(requests).filteredOn((request) -> request.method().equals("POST")).hasSize(1);
		assertThat(requests).filteredOn((request) -> request.method().equals("GET"))
			.allSatisfy((poll) -> assertThat(poll.uri()).isEqualTo("/images/img-2"));
	}

}
