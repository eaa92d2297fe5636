package io.taskwire.worker.tasktype.httpjob;

import java.time.Duration;
import java.time.Instant;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.testsupport.time.MutableClock;
import io.taskwire.worker.llm.http.LlmHttpClient;
import io.taskwire.worker.support.FakeHttpServer;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import io.taskwire.worker.support.HttpClients;
import io.taskwire.worker.support.RecordingTaskContext;
import io.taskwire.worker.tasktype.TaskFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@code http.job} outside the worker, against a fake remote over real HTTP whose every
 * poll moves the injected clock ten seconds: a job of minutes runs in milliseconds, and
 * the minute log lines can be counted exactly.
 */
class HttpJobTaskTypeTests {

	private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

	private static FakeHttpServer remote;

	private static LlmHttpClient http;

	private final MutableClock clock = new MutableClock(START);

	private final HttpJobTaskType type = new HttpJobTaskType(http, new HttpJobProperties(Duration.ofSeconds(10),
			Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofMinutes(1), 2), new MessageCodec(), this.clock,
			Schedulers.parallel());

	@BeforeAll
	static void start() {
		remote = FakeHttpServer.start();
		http = HttpClients.defaults();
	}

	@AfterAll
	static void stop() {
		http.destroy();
		remote.close();
	}

	private String job() {
		return "{\"url\":\"" + remote.baseUrl() + "/videos\",\"body\":{\"prompt\":\"a cat\"},\"statusUrl\":\""
				+ remote.baseUrl() + "/videos/{id}\",\"pollIntervalSeconds\":0.001}";
	}

	@Test
	void logsAStillRunningLineEveryMinuteWithTheTimeWaitedOfTheLimit() {
		remote.respond((request) -> {
			if (request.method().equals("POST")) {
				return Reply.json(202, "{\"id\":\"v 1\"}");
			}
			this.clock.advance(Duration.ofSeconds(10));
			boolean done = Duration.between(START, this.clock.instant()).toSeconds() >= 150;
			return Reply.json(200, done ? "{\"status\":\"done\",\"result\":{\"url\":\"https://cdn.example/v1.mp4\"}}"
					: "{\"status\":\"running\",\"progress\":42}");
		});
		RecordingTaskContext context = new RecordingTaskContext(job(), null, Duration.ofHours(1));

		JsonNode result = this.type.handle(context).block(Duration.ofSeconds(30));

		assertThat(result.get("remoteId").stringValue()).isEqualTo("v 1");
		assertThat(result.at("/result/url").stringValue()).isEqualTo("https://cdn.example/v1.mp4");
		assertThat(context.logMessages()).filteredOn((line) -> line.startsWith("still running"))
			.containsExactly("still running, waited 60 s of 3600 s", "still running, waited 120 s of 3600 s");
		assertThat(context.checkpoints().get(0).get("remoteId").stringValue()).isEqualTo("v 1");
		assertThat(context.progress()).anySatisfy((progress) -> assertThat(progress.percent()).isEqualTo(42));
		// the id is encoded into the status URL
		assertThat(remote.received().get(remote.received().size() - 1).uri()).isEqualTo("/videos/v+1");
	}

	@Test
	void failsWithoutRetryWhenTheRemoteJobFails() {
		remote.respond((request) -> request.method().equals("POST") ? Reply.json(200, "{\"jobId\":7}")
				: Reply.json(200, "{\"state\":\"error\",\"error\":\"out of credits\"}"));

		TaskFailure failure = catchThrowableOfType(TaskFailure.class,
				() -> this.type.handle(new RecordingTaskContext(job(), null, Duration.ofHours(1))).block());

		assertThat(failure.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).contains("7").contains("out of credits");
	}

	@Test
	void failsWithoutRetryWhenTheStartAnswersNoId() {
		remote.respond((request) -> Reply.json(200, "{\"accepted\":true}"));

		TaskFailure failure = catchThrowableOfType(TaskFailure.class,
				() -> this.type.handle(new RecordingTaskContext(job(), null, Duration.ofHours(1))).block());

		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).contains("without an id");
	}

}
