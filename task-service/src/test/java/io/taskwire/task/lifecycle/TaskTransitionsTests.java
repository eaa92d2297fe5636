package io.taskwire.task.lifecycle;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

import static io.taskwire.contracts.TaskStatus.CANCELLED;
import static io.taskwire.contracts.TaskStatus.DISPATCHED;
import static io.taskwire.contracts.TaskStatus.FAILED;
import static io.taskwire.contracts.TaskStatus.QUEUED;
import static io.taskwire.contracts.TaskStatus.RETRY_WAIT;
import static io.taskwire.contracts.TaskStatus.RUNNING;
import static io.taskwire.contracts.TaskStatus.SUCCEEDED;
import static io.taskwire.contracts.TaskStatus.TIMED_OUT;
import static io.taskwire.task.lifecycle.TaskFixtures.NOW;
import static io.taskwire.task.lifecycle.TaskFixtures.aDispatchedTask;
import static io.taskwire.task.lifecycle.TaskFixtures.aQueuedTask;
import static io.taskwire.task.lifecycle.TaskFixtures.aRunningTask;
import static io.taskwire.task.lifecycle.TaskFixtures.aTaskIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TaskTransitionsTests {

	/** The lifecycle of the architecture brief, written out edge by edge. */
	private static final Map<TaskStatus, Set<TaskStatus>> EDGES = Map.of(QUEUED,
			EnumSet.of(DISPATCHED, CANCELLED, TIMED_OUT), DISPATCHED,
			EnumSet.of(RUNNING, QUEUED, SUCCEEDED, FAILED, RETRY_WAIT, CANCELLED, TIMED_OUT), RUNNING,
			EnumSet.of(SUCCEEDED, FAILED, RETRY_WAIT, QUEUED, CANCELLED, TIMED_OUT), RETRY_WAIT,
			EnumSet.of(QUEUED, CANCELLED, TIMED_OUT), SUCCEEDED, EnumSet.noneOf(TaskStatus.class), FAILED,
			EnumSet.noneOf(TaskStatus.class), CANCELLED, EnumSet.noneOf(TaskStatus.class), TIMED_OUT,
			EnumSet.noneOf(TaskStatus.class));

	static Stream<Arguments> everyPair() {
		return Stream.of(TaskStatus.values())
			.flatMap((from) -> Stream.of(TaskStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheEdgesOfTheLifecycle(TaskStatus from, TaskStatus to) {
		assertThat(TaskTransitions.allows(from, to)).isEqualTo(EDGES.get(from).contains(to));
	}

	@ParameterizedTest
	@EnumSource(value = TaskStatus.class, names = { "SUCCEEDED", "FAILED", "CANCELLED", "TIMED_OUT" })
	void neverMovesATaskThatEnded(TaskStatus terminal) {
		assertThat(TaskStatus.values()).noneMatch((to) -> TaskTransitions.allows(terminal, to));
		Task ended = aTaskIn(terminal).build();
		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> TaskTransitions.requeue(ended, NOW));
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> TaskTransitions.cancel(ended, NOW.plusSeconds(30), NOW));
	}

	@Test
	void refusesAnEdgeTheTableForbids() {
		assertThatExceptionOfType(IllegalTransition.class)
			.isThrownBy(() -> TaskTransitions.start(aQueuedTask().build(), NOW))
			.withMessage("A task may not go from QUEUED to RUNNING");
	}

	@Test
	void dispatchGivesANewAttemptOnALeasedWorker() {
		Task dispatched = TaskTransitions.dispatch(aQueuedTask().withAttempt(2).build(), "w", NOW.plusSeconds(30), NOW);

		assertThat(dispatched.status()).isEqualTo(DISPATCHED);
		assertThat(dispatched.attempt()).isEqualTo(3);
		assertThat(dispatched.workerId()).isEqualTo("w");
		assertThat(dispatched.leaseExpiresAt()).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void requeueKeepsTheAttemptsUsed() {
		Task requeued = TaskTransitions.requeue(aDispatchedTask().withAttemptsUsed(1).build(), NOW);

		assertThat(requeued.status()).isEqualTo(QUEUED);
		assertThat(requeued.attemptsUsed()).isEqualTo(1);
		assertThat(requeued.attempt()).isEqualTo(1);
		assertThat(requeued.hasLiveAttempt()).isFalse();
	}

	@Test
	void anOutcomeFromDispatchedCountsAsTheStart() {
		Task succeeded = TaskTransitions.succeed(aDispatchedTask().build(),
				JsonNodeFactory.instance.objectNode().put("text", "Hi"), NOW);

		assertThat(succeeded.status()).isEqualTo(SUCCEEDED);
		assertThat(succeeded.startedAt()).isEqualTo(NOW);
		assertThat(succeeded.finishedAt()).isEqualTo(NOW);
		assertThat(succeeded.hasLiveAttempt()).isFalse();
	}

	@Test
	void aFailureUsesUpTheAttempt() {
		ErrorSummary error = new ErrorSummary(FailureKind.PROVIDER_ERROR, "503");

		Task waiting = TaskTransitions.retryLater(aRunningTask().build(), error, NOW.plusSeconds(1), NOW);

		assertThat(waiting.status()).isEqualTo(RETRY_WAIT);
		assertThat(waiting.attemptsUsed()).isEqualTo(1);
		assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
		assertThat(waiting.error()).isEqualTo(error);
	}

	@Test
	void aCancelledAttemptCountsUntilItStops() {
		Task cancelled = TaskTransitions.cancel(aRunningTask().build(), NOW.plusSeconds(30), NOW);

		assertThat(cancelled.status()).isEqualTo(CANCELLED);
		assertThat(cancelled.hasLiveAttempt()).isTrue();
		assertThat(cancelled.leaseExpiresAt()).isEqualTo(NOW.plusSeconds(30));
		assertThat(TaskTransitions.attemptStopped(cancelled, NOW).hasLiveAttempt()).isFalse();
	}

	@Test
	void cancellingAQueuedTaskLeavesNothingLive() {
		Task cancelled = TaskTransitions.cancel(aQueuedTask().build(), NOW.plusSeconds(30), NOW);

		assertThat(cancelled.hasLiveAttempt()).isFalse();
		assertThat(cancelled.leaseExpiresAt()).isNull();
	}

}
