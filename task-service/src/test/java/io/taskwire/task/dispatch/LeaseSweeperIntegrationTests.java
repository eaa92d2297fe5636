package io.taskwire.task.dispatch;

import java.time.Duration;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import io.taskwire.task.lifecycle.Task;
import org.junit.jupiter.api.Test;

import static io.taskwire.task.Messages.aTask;
import static io.taskwire.task.Messages.aType;
import static org.assertj.core.api.Assertions.assertThat;

class LeaseSweeperIntegrationTests extends TaskServiceIntegrationTest {

	@Test
	void queuesADispatchThatDidNotStartInTimeWithoutUsingUpAnAttempt() {
		String type = aType();
		String worker = aLiveWorker(type, 1);
		TaskCreated created = aTask(this.clock).ofType(type).withMaxAttempts(1).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);

		this.clock.advance(Duration.ofSeconds(31)); // past the lease; the worker fell
													// silent too

		Task queued = awaitStatus(id, TaskStatus.QUEUED);
		assertThat(queued.attempt()).isEqualTo(1);
		assertThat(queued.attemptsUsed()).isZero();
		assertThat(queued.hasLiveAttempt()).isFalse();
		CancelAttempt order = eventually().until(() -> ordersTo(worker), (orders) -> !orders.isEmpty()).get(0);
		assertThat(order.attempt()).isEqualTo(1);
		assertThat(order.reason()).isEqualTo(CancelAttempt.Reason.STALE_ATTEMPT);

		send(Messages.heartbeat(worker, type, 1, 1));
		awaitDispatch(id, 2);
	}

	@Test
	void retriesARunningAttemptWhoseWorkerFellSilent() {
		String type = aType();
		String worker = aLiveWorker(type, 1);
		TaskCreated created = aTask(this.clock).ofType(type).withMaxAttempts(2).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.started(id, 1, worker));
		awaitStatus(id, TaskStatus.RUNNING);

		this.clock.advance(Duration.ofSeconds(16));

		Task waiting = awaitStatus(id, TaskStatus.RETRY_WAIT);
		assertThat(waiting.error().kind()).isEqualTo(FailureKind.WORKER_LOST);
		assertThat(waiting.attemptsUsed()).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(2));
		String another = aLiveWorker(type, 1);
		assertThat(awaitDispatch(id, 2).workerId()).isEqualTo(another);
	}

	@Test
	void failsARunningAttemptWhoseWorkerFellSilentWhenNoAttemptIsLeft() {
		String type = aType();
		String worker = aLiveWorker(type, 1);
		TaskCreated created = aTask(this.clock).ofType(type).withMaxAttempts(1).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.started(id, 1, worker));
		awaitStatus(id, TaskStatus.RUNNING);

		this.clock.advance(Duration.ofSeconds(16));

		Task failed = awaitStatus(id, TaskStatus.FAILED);
		assertThat(failed.error().kind()).isEqualTo(FailureKind.WORKER_LOST);
		assertThat(failed.finishedAt()).isNotNull();
	}

	@Test
	void stopsCountingACancelledAttemptThatNeverConfirmedItStopped() {
		String type = aType();
		String worker = aLiveWorker(type, 1);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.started(id, 1, worker));
		awaitStatus(id, TaskStatus.RUNNING);
		send(Messages.cancel(id, created.owner()));
		assertThat(awaitStatus(id, TaskStatus.CANCELLED).hasLiveAttempt()).isTrue();

		this.clock.advance(Duration.ofSeconds(31));

		Task stopped = eventually().until(() -> task(id), (task) -> !task.hasLiveAttempt());
		assertThat(stopped.status()).isEqualTo(TaskStatus.CANCELLED);
	}

}
