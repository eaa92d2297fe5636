package io.taskwire.worker.execution;

import java.util.UUID;

import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;
import io.taskwire.worker.WorkerIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CancelAttempt} on {@code tasks.control}: every instance reads every order and
 * acts on those that name it. Orders are sent to one partition where their order matters,
 * so that seeing the effect of the later one proves the earlier one was read.
 */
class CancellationIntegrationTests extends WorkerIntegrationTest {

	private static final String LONG_SLEEP = "{\"sleepMs\":600000}";

	@Autowired
	private TaskExecutor executor;

	@Test
	void stopsAnAttemptWhenTheOrderNamesThisWorker() {
		UUID taskId = dispatch(aDispatch("noop").withInput(LONG_SLEEP).build()).taskId();
		awaitEvent(taskId, TaskStarted.class);

		cancel(taskId, WORKER_ID, null);

		TaskCancelled cancelled = awaitEvent(taskId, TaskCancelled.class);
		assertThat(cancelled.workerId()).isEqualTo(WORKER_ID);
		assertThat(eventTypesOf(taskId)).containsExactly("TaskStarted", "TaskCancelled");
		eventually().until(() -> !this.executor.running().contains(new RunningAttempt(taskId, 1)));
	}

	@Test
	void ignoresAnOrderNamingAnotherWorker() {
		UUID spared = dispatch(aDispatch("noop").withInput(LONG_SLEEP).build()).taskId();
		UUID stopped = dispatch(aDispatch("noop").withInput(LONG_SLEEP).build()).taskId();
		awaitEvent(spared, TaskStarted.class);
		awaitEvent(stopped, TaskStarted.class);

		cancel(spared, "another-worker", 0);
		cancel(stopped, WORKER_ID, 0);
		awaitEvent(stopped, TaskCancelled.class);

		assertThat(sentEvents(spared, "task.cancelled")).isZero();
		assertThat(this.executor.running()).contains(new RunningAttempt(spared, 1));
		cancelAndAwaitItsEnd(spared, "noop");
	}

	@Test
	void answersADispatchWhoseOrderCameFirstWithoutRunningIt() {
		UUID running = dispatch(aDispatch("noop").withInput(LONG_SLEEP).build()).taskId();
		awaitEvent(running, TaskStarted.class);
		var late = aDispatch("noop").withInput(LONG_SLEEP).build();

		cancel(late.taskId(), WORKER_ID, 0);
		cancel(running, WORKER_ID, 0);
		awaitEvent(running, TaskCancelled.class);
		dispatch(late);

		awaitEvent(late.taskId(), TaskCancelled.class);
		assertThat(eventTypesOf(late.taskId())).containsExactly("TaskCancelled");
		assertThat(sentEvents(late.taskId(), "task.started")).isZero();
	}

}
