package io.taskwire.worker.execution;

import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.BlockingTaskType;
import org.junit.jupiter.api.Test;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a dispatch leads to: a run, a rejection, a failure or nothing (a redelivery).
 */
class TaskExecutionIntegrationTests extends WorkerIntegrationTest {

	@Test
	void runsANoopAndReportsHowLongItSlept() {
		UUID taskId = dispatch(aDispatch("noop").withInput("{\"sleepMs\":10}").build()).taskId();

		TaskSucceeded succeeded = awaitEvent(taskId, TaskSucceeded.class);

		assertThat(succeeded.workerId()).isEqualTo(WORKER_ID);
		assertThat(succeeded.result().get("sleptMs").asLong()).isEqualTo(10);
		assertThat(eventTypesOf(taskId)).containsExactly("TaskStarted", "TaskSucceeded");
	}

	@Test
	void failsANoopAskedToFailWithARetryableHandlerError() {
		UUID taskId = dispatch(aDispatch("noop").withInput("{\"fail\":true}").build()).taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.HANDLER_ERROR);
		assertThat(failed.retryable()).isTrue();
		assertThat(failed.message()).contains("fail=true");
		assertThat(failed.detail()).contains("IllegalStateException").contains("NoopTaskType");
		assertThat(eventTypesOf(taskId)).containsExactly("TaskStarted", "TaskFailed");
	}

	@Test
	void failsInputTheSchemaRejectsAsAnInvalidRequest() {
		UUID taskId = dispatch(aDispatch("noop").withInput("{\"sleepMs\":\"soon\"}").build()).taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failed.retryable()).isFalse();
		assertThat(failed.message()).contains("sleepMs");
	}

	@Test
	void runsADispatchDeliveredTwiceOnce() {
		var twice = aDispatch("noop").build();
		dispatch(twice, 0);
		dispatch(twice, 0);
		UUID marker = dispatch(aDispatch("noop").build(), 0).taskId();

		awaitEvent(marker, TaskSucceeded.class);
		awaitEvent(twice.taskId(), TaskSucceeded.class);

		// the marker came after both copies on one partition, so both were handled
		assertThat(sentEvents(twice.taskId(), "task.started")).isEqualTo(1);
		assertThat(sentEvents(twice.taskId(), "task.succeeded")).isEqualTo(1);
	}

	@Test
	void rejectsATypeItDoesNotRun() {
		UUID taskId = dispatch(aDispatch("no.such.type").build()).taskId();

		TaskRejected rejected = awaitEvent(taskId, TaskRejected.class);

		assertThat(rejected.reason()).contains("does not run task type 'no.such.type'");
		assertThat(eventTypesOf(taskId)).containsExactly("TaskRejected");
	}

	@Test
	void rejectsADispatchWhenNoSlotOfItsTypeIsFree() {
		UUID holder = dispatch(aDispatch(BlockingTaskType.NAME).build()).taskId();
		awaitEvent(holder, TaskStarted.class);

		UUID refused = dispatch(aDispatch(BlockingTaskType.NAME).build()).taskId();
		TaskRejected rejected = awaitEvent(refused, TaskRejected.class);

		assertThat(rejected.reason()).contains("No free slot for task type 'test.blocking'");
		cancelAndAwaitItsEnd(holder, BlockingTaskType.NAME);
	}

	@Test
	void sendsTheFirstProgressAtOnceAndTheLatestBeforeTheOutcome() {
		UUID taskId = dispatch(aDispatch(BlockingTaskType.NAME).build()).taskId();
		awaitEvent(taskId, TaskProgressed.class);

		cancelAndAwaitItsEnd(taskId, BlockingTaskType.NAME);

		assertThat(eventTypesOf(taskId)).containsExactly("TaskStarted", "TaskProgressed", "TaskProgressed",
				"TaskCancelled");
		assertThat(eventsOf(taskId).stream()
			.filter(TaskProgressed.class::isInstance)
			.map((event) -> ((TaskProgressed) event).checkpoint().get("held").asInt())).containsExactly(1, 2);
	}

	@Test
	void stopsAnAttemptThatRunsPastItsTimeLimit() {
		UUID taskId = dispatch(aDispatch("noop").withInput("{\"sleepMs\":600000}").withTimeLimitSeconds(1).build())
			.taskId();

		TaskFailed failed = awaitEvent(taskId, TaskFailed.class);

		assertThat(failed.kind()).isEqualTo(FailureKind.ATTEMPT_TIMED_OUT);
		assertThat(failed.retryable()).isFalse();
		assertThat(eventTypesOf(taskId)).containsExactly("TaskStarted", "TaskFailed");
	}

}
