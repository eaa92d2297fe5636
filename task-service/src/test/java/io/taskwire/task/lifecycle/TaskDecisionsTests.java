package io.taskwire.task.lifecycle;

import java.time.Duration;
import java.util.Map;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static io.taskwire.task.lifecycle.TaskFixtures.NOW;
import static io.taskwire.task.lifecycle.TaskFixtures.WORKER;
import static io.taskwire.task.lifecycle.TaskFixtures.aDispatchedTask;
import static io.taskwire.task.lifecycle.TaskFixtures.aQueuedTask;
import static io.taskwire.task.lifecycle.TaskFixtures.aRunningTask;
import static io.taskwire.task.lifecycle.TaskFixtures.aTaskIn;
import static org.assertj.core.api.Assertions.assertThat;

class TaskDecisionsTests {

	private final TaskDecisions decisions = new TaskDecisions(
			new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 0.5), Duration.ofSeconds(30));

	@Test
	void startsADispatchedAttempt() {
		Task task = aDispatchedTask().build();

		Task after = moved(this.decisions.on(task, new TaskStarted(task.id(), 1, WORKER), NOW)).after();

		assertThat(after.status()).isEqualTo(TaskStatus.RUNNING);
		assertThat(after.startedAt()).isEqualTo(NOW);
	}

	@Test
	void ignoresASecondStartOfTheSameAttempt() {
		Task task = aRunningTask().build();

		assertThat(this.decisions.on(task, new TaskStarted(task.id(), 1, WORKER), NOW))
			.isInstanceOf(Outcome.Unchanged.class);
	}

	@Test
	void acceptsAnOutcomeThatOutranItsStart() {
		Task task = aDispatchedTask().build();

		Task after = moved(this.decisions.on(task, succeeded(task, 1), NOW)).after();

		assertThat(after.status()).isEqualTo(TaskStatus.SUCCEEDED);
		assertThat(after.result().get("text").asString()).isEqualTo("Hi");
	}

	@Test
	void fencesAnEventOfAStaleAttemptAndOrdersItToStop() {
		Task task = aRunningTask().withAttempt(2).build();

		Outcome.Noted noted = noted(this.decisions.on(task, succeeded(task, 1), NOW));

		assertThat(noted.after().status()).isEqualTo(TaskStatus.RUNNING);
		assertThat(noted.after().result()).isNull();
		assertThat(noted.log().level()).isEqualTo(LogLine.Level.WARN);
		assertThat(noted.log().message()).isEqualTo("Ignored task.succeeded of attempt 1 from worker " + WORKER
				+ ": attempt 2 on worker " + WORKER + " is current");
		assertThat(noted.order())
			.isEqualTo(new CancelAttempt(task.id(), 1, WORKER, CancelAttempt.Reason.STALE_ATTEMPT));
	}

	@Test
	void fencesAnEventOfTheRightAttemptFromAnotherWorker() {
		Task task = aRunningTask().build();

		Outcome.Noted noted = noted(this.decisions.on(task,
				new TaskSucceeded(task.id(), 1, "impostor", JsonNodeFactory.instance.objectNode()), NOW));

		assertThat(noted.after().status()).isEqualTo(TaskStatus.RUNNING);
		assertThat(noted.order().workerId()).isEqualTo("impostor");
	}

	@Test
	void fencesAnEventOfAnAttemptWhoseLeaseRanOut() {
		Task task = aQueuedTask().withAttempt(1).build();

		Outcome.Noted noted = noted(this.decisions.on(task, new TaskStarted(task.id(), 1, WORKER), NOW));

		assertThat(noted.log().message()).contains("no attempt is live, the task is QUEUED");
		assertThat(noted.order().reason()).isEqualTo(CancelAttempt.Reason.STALE_ATTEMPT);
	}

	@Test
	void doesNotAnswerAStaleAttemptsReportThatItStoppedWithAnotherStop() {
		Task task = aRunningTask().withAttempt(2).build();

		assertThat(noted(this.decisions.on(task, new TaskCancelled(task.id(), 1, WORKER), NOW)).order()).isNull();
	}

	@Test
	void keepsTheProgressAndCheckpointOfTheLiveAttempt() {
		Task task = aRunningTask().build();
		TaskProgressed progressed = new TaskProgressed(task.id(), 1, WORKER, new Progress(40, "chunk 4"),
				JsonNodeFactory.instance.objectNode().put("chunk", 4));

		Outcome.Noted noted = noted(this.decisions.on(task, progressed, NOW));

		assertThat(noted.progress()).isEqualTo(new Progress(40, "chunk 4"));
		assertThat(noted.after().progress()).isEqualTo(new Progress(40, "chunk 4"));
		assertThat(noted.after().checkpoint().get("chunk").asInt()).isEqualTo(4);
		Task later = noted(this.decisions.on(noted.after(),
				new TaskProgressed(task.id(), 1, WORKER, new Progress(50, null), null), NOW))
			.after();
		assertThat(later.progress().percent()).isEqualTo(50);
		assertThat(later.checkpoint().get("chunk").asInt()).as("a progress without checkpoint keeps the last one")
			.isEqualTo(4);
	}

	@Test
	void notesALogLineOfTheLiveAttempt() {
		Task task = aRunningTask().build();
		LogLine line = new LogLine(LogLine.Level.INFO, "waiting for the provider", Map.of("waitedSeconds", "3"));

		Outcome.Noted noted = noted(this.decisions.on(task, new TaskLogged(task.id(), 1, WORKER, line), NOW));

		assertThat(noted.log()).isEqualTo(line);
		assertThat(noted.order()).isNull();
	}

	@Test
	void retriesARetryableFailureWithAttemptsLeft() {
		Task task = aRunningTask().withMaxAttempts(3).withAttemptsUsed(1).build();

		Outcome.Moved moved = moved(this.decisions.on(task, failed(task, FailureKind.PROVIDER_ERROR, true, null), NOW));

		assertThat(moved.after().status()).isEqualTo(TaskStatus.RETRY_WAIT);
		assertThat(moved.after().attemptsUsed()).isEqualTo(2);
		assertThat(moved.after().nextAttemptAt()).isEqualTo(NOW.plusSeconds(1)); // half
																					// of
																					// the
																					// 2 s
																					// cap
		assertThat(moved.after().error().kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(moved.detail()).contains("stack");
	}

	@Test
	void waitsUntilTheProvidersRetryNotBefore() {
		Task task = aRunningTask().build();

		Task after = moved(
				this.decisions.on(task, failed(task, FailureKind.RATE_LIMITED, true, NOW.plusSeconds(90)), NOW))
			.after();

		assertThat(after.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
	}

	@Test
	void failsWhenNoAttemptIsLeft() {
		Task task = aRunningTask().withMaxAttempts(2).withAttemptsUsed(1).build();

		Task after = moved(this.decisions.on(task, failed(task, FailureKind.PROVIDER_ERROR, true, null), NOW)).after();

		assertThat(after.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(after.attemptsUsed()).isEqualTo(2);
		assertThat(after.finishedAt()).isEqualTo(NOW);
	}

	@Test
	void failsAFailureThatRetryingCannotFixAtOnce() {
		Task task = aRunningTask().withMaxAttempts(5).build();

		Task after = moved(this.decisions.on(task, failed(task, FailureKind.INVALID_REQUEST, false, null), NOW))
			.after();

		assertThat(after.status()).isEqualTo(TaskStatus.FAILED);
	}

	@Test
	void timesOutAnAttemptThatRanPastItsLimit() {
		Task task = aRunningTask().build();

		Task after = moved(this.decisions.on(task, failed(task, FailureKind.ATTEMPT_TIMED_OUT, false, null), NOW))
			.after();

		assertThat(after.status()).isEqualTo(TaskStatus.TIMED_OUT);
		assertThat(after.error().kind()).isEqualTo(FailureKind.ATTEMPT_TIMED_OUT);
	}

	@Test
	void endsATaskWhoseNextAttemptWouldStartAfterItsDeadline() {
		Task task = aRunningTask().withDeadline(NOW.plusMillis(100)).build();

		Task after = moved(this.decisions.on(task, failed(task, FailureKind.PROVIDER_ERROR, true, null), NOW)).after();

		assertThat(after.status()).isEqualTo(TaskStatus.TIMED_OUT);
		assertThat(after.error().kind()).isEqualTo(FailureKind.TIMEOUT);
	}

	@Test
	void queuesARejectedDispatchAgainWithoutUsingUpAnAttempt() {
		Task task = aDispatchedTask().withAttemptsUsed(1).build();

		Outcome.Moved moved = moved(this.decisions.on(task, new TaskRejected(task.id(), 1, WORKER, "full"), NOW));

		assertThat(moved.after().status()).isEqualTo(TaskStatus.QUEUED);
		assertThat(moved.after().attemptsUsed()).isEqualTo(1);
		assertThat(moved.detail()).isEqualTo("rejected: full");
	}

	@Test
	void queuesAReleasedAttemptAgainKeepingItsCheckpoint() {
		Task task = aRunningTask().build()
			.change()
			.progress(new Progress(60, null), JsonNodeFactory.instance.objectNode().put("chunk", 6))
			.at(NOW);

		Task after = moved(this.decisions.on(task, new TaskReleased(task.id(), 1, WORKER, "shutdown"), NOW)).after();

		assertThat(after.status()).isEqualTo(TaskStatus.QUEUED);
		assertThat(after.attemptsUsed()).isZero();
		assertThat(after.checkpoint().get("chunk").asInt()).isEqualTo(6);
	}

	@Test
	void cancelsARunningTaskAndOrdersItsAttemptToStop() {
		Task task = aRunningTask().build();

		Outcome.Moved moved = moved(this.decisions.cancel(task, cancel(task), NOW));

		assertThat(moved.after().status()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(moved.after().hasLiveAttempt()).isTrue();
		assertThat(moved.order()).isEqualTo(new CancelAttempt(task.id(), 1, WORKER, CancelAttempt.Reason.CANCELLED));
	}

	@Test
	void cancelsAQueuedTaskWithoutAnOrder() {
		Task task = aQueuedTask().build();

		Outcome.Moved moved = moved(this.decisions.cancel(task, cancel(task), NOW));

		assertThat(moved.after().status()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(moved.order()).isNull();
	}

	@Test
	void notesACancelOfATaskThatEnded() {
		Task task = aTaskIn(TaskStatus.SUCCEEDED).build();

		Outcome.Noted noted = noted(this.decisions.cancel(task, cancel(task), NOW));

		assertThat(noted.after().status()).isEqualTo(TaskStatus.SUCCEEDED);
		assertThat(noted.log().message()).contains("ignored: the task is already SUCCEEDED");
	}

	@Test
	void discardsTheLateSuccessOfACancelledAttemptAndStopsCountingIt() {
		Task cancelled = moved(this.decisions.cancel(aRunningTask().build(), cancel(aRunningTask().build()), NOW))
			.after();

		Outcome.Noted noted = noted(this.decisions.on(cancelled, succeeded(cancelled, 1), NOW));

		assertThat(noted.after().status()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(noted.after().result()).isNull();
		assertThat(noted.after().hasLiveAttempt()).isFalse();
		assertThat(noted.order()).isNull();
	}

	@Test
	void ordersAStoppingAttemptThatStillReportsToStopAgain() {
		Task cancelled = moved(this.decisions.cancel(aRunningTask().build(), cancel(aRunningTask().build()), NOW))
			.after();

		Outcome.Noted noted = noted(this.decisions.on(cancelled,
				new TaskLogged(cancelled.id(), 1, WORKER, new LogLine(LogLine.Level.INFO, "still going", Map.of())),
				NOW));

		assertThat(noted.order().reason()).isEqualTo(CancelAttempt.Reason.CANCELLED);
		assertThat(noted.after().hasLiveAttempt()).isTrue();
	}

	@Test
	void expiresOnlyALeaseThatRanOut() {
		Task task = aDispatchedTask().withLeaseExpiringAt(NOW.plusSeconds(1)).build();

		assertThat(this.decisions.expireLease(task, NOW)).isInstanceOf(Outcome.Unchanged.class);
		Outcome.Moved moved = moved(this.decisions.expireLease(task, NOW.plusSeconds(1)));
		assertThat(moved.after().status()).isEqualTo(TaskStatus.QUEUED);
		assertThat(moved.after().attemptsUsed()).isZero();
		assertThat(moved.order().reason()).isEqualTo(CancelAttempt.Reason.STALE_ATTEMPT);
	}

	@Test
	void losesARunningAttemptWhoseWorkerFellSilent() {
		Task retried = moved(this.decisions.loseWorker(aRunningTask().withMaxAttempts(2).build(), NOW)).after();
		Task failed = moved(this.decisions.loseWorker(aRunningTask().withMaxAttempts(1).build(), NOW)).after();

		assertThat(retried.status()).isEqualTo(TaskStatus.RETRY_WAIT);
		assertThat(retried.error().kind()).isEqualTo(FailureKind.WORKER_LOST);
		assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
		assertThat(failed.error().kind()).isEqualTo(FailureKind.WORKER_LOST);
	}

	@Test
	void queuesATaskWhoseBackoffIsOver() {
		Task waiting = moved(this.decisions.on(aRunningTask().build(),
				failed(aRunningTask().build(), FailureKind.PROVIDER_ERROR, true, NOW.plusSeconds(5)), NOW))
			.after();

		assertThat(this.decisions.retryDue(waiting, NOW.plusSeconds(4))).isInstanceOf(Outcome.Unchanged.class);
		assertThat(moved(this.decisions.retryDue(waiting, NOW.plusSeconds(5))).after().status())
			.isEqualTo(TaskStatus.QUEUED);
	}

	private static TaskSucceeded succeeded(Task task, int attempt) {
		return new TaskSucceeded(task.id(), attempt, WORKER, JsonNodeFactory.instance.objectNode().put("text", "Hi"));
	}

	private static TaskFailed failed(Task task, FailureKind kind, boolean retryable, java.time.Instant notBefore) {
		return new TaskFailed(task.id(), task.attempt(), WORKER, kind, "it broke", "a stack trace", retryable,
				notBefore);
	}

	private static CancelRequested cancel(Task task) {
		return new CancelRequested(task.id(), "alice", "alice", "changed my mind");
	}

	private static Outcome.Moved moved(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Moved.class);
		return (Outcome.Moved) outcome;
	}

	private static Outcome.Noted noted(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Noted.class);
		return (Outcome.Noted) outcome;
	}

}
