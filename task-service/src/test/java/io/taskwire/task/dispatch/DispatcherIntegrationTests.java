package io.taskwire.task.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.taskwire.task.Messages.aTask;
import static io.taskwire.task.Messages.aType;
import static io.taskwire.task.Messages.aUser;
import static org.assertj.core.api.Assertions.assertThat;

class DispatcherIntegrationTests extends TaskServiceIntegrationTest {

	@Test
	void dispatchesToAPartitionOfTheWorkerThatReportedAFreeSlot() {
		String type = aType();
		String worker = Messages.aWorker();
		send(Messages.heartbeat(worker, type, 2, 1));
		TaskCreated created = aTask(this.clock).ofType(type).build();

		send(created);

		TaskDispatched dispatched = awaitDispatch(created.taskId(), 1);
		assertThat(dispatched.workerId()).isEqualTo(worker);
		assertThat(dispatched.input()).isEqualTo(created.input());
		assertThat(dispatched.attemptTimeLimitSeconds()).isEqualTo(created.timeoutSeconds());
		assertThat(dispatched.options().model()).isEqualTo("sim-1");
		ConsumerRecord<String, byte[]> record = this.recorded.of(Topic.TASKS_DISPATCH, created.taskId().toString())
			.get(0);
		assertThat(record.partition()).isEqualTo(1);
		assertThat(task(created.taskId()).status()).isEqualTo(TaskStatus.DISPATCHED);
		assertThat(task(created.taskId()).leaseExpiresAt()).isEqualTo(this.clock.instant().plusSeconds(30));
	}

	@Test
	void keepsATaskQueuedUntilAWorkerWithAFreeSlotBeats() {
		String type = aType();
		TaskCreated created = aTask(this.clock).ofType(type).build();
		send(created);
		awaitTask(created.taskId());

		eventually().during(Duration.ofMillis(500))
			.until(() -> task(created.taskId()).status() == TaskStatus.QUEUED
					&& dispatches(created.taskId()).isEmpty());

		String worker = aLiveWorker(type, 1);
		assertThat(awaitDispatch(created.taskId(), 1).workerId()).isEqualTo(worker);
	}

	@Test
	void neverRunsMoreAttemptsOfAUserThanTheirLimit() {
		String type = aType();
		String user = aUser();
		String worker = aLiveWorker(type, 10);
		List<UUID> ids = IntStream.range(0, 5).mapToObj((i) -> {
			TaskCreated created = aTask(this.clock).ofType(type).ownedBy(user).withConcurrencyLimit(2).build();
			send(created);
			return created.taskId();
		}).toList();

		eventually().until(() -> dispatchedOf(ids).size() == 2);
		eventually().during(Duration.ofMillis(500)).until(() -> dispatchedOf(ids).size() == 2);

		UUID first = dispatchedOf(ids).get(0).taskId();
		send(Messages.succeeded(first, 1, worker));
		eventually().until(() -> dispatchedOf(ids).size() == 3);
		assertThat(count("SELECT count(*) FROM task WHERE owner = :id AND worker_id IS NOT NULL", user)).isEqualTo(2);
	}

	@Test
	void neverHandsAWorkerMoreAttemptsThanItsFreeSlots() {
		String type = aType();
		String worker = aLiveWorker(type, 2);
		List<UUID> ids = IntStream.range(0, 4).mapToObj((i) -> {
			TaskCreated created = aTask(this.clock).ofType(type).ownedBy(aUser()).build();
			send(created);
			return created.taskId();
		}).toList();

		eventually().until(() -> dispatchedOf(ids).size() == 2);
		List<TaskDispatched> running = dispatchedOf(ids);
		running.forEach((dispatch) -> send(Messages.started(dispatch.taskId(), 1, worker)));
		// the worker now reports both as running and no free slot
		send(new WorkerHeartbeat(worker, java.util.Map.of(type, 0),
				running.stream().map((d) -> new RunningAttempt(d.taskId(), 1)).toList(), List.of(1)));
		eventually().during(Duration.ofMillis(500)).until(() -> dispatchedOf(ids).size() == 2);

		send(Messages.succeeded(running.get(0).taskId(), 1, worker));
		send(new WorkerHeartbeat(worker, java.util.Map.of(type, 1),
				List.of(new RunningAttempt(running.get(1).taskId(), 1)), List.of(1)));
		eventually().until(() -> dispatchedOf(ids).size() == 3);
	}

	@Test
	void takesTurnsAcrossUsersWithinAPriority() {
		String type = aType();
		String alice = aUser();
		String bob = aUser();
		List<UUID> alices = IntStream.range(0, 3).mapToObj((i) -> {
			this.clock.advance(Duration.ofMillis(1)); // older first
			TaskCreated created = aTask(this.clock).ofType(type).ownedBy(alice).build();
			send(created);
			return created.taskId();
		}).toList();
		this.clock.advance(Duration.ofMillis(1));
		TaskCreated bobs = aTask(this.clock).ofType(type).ownedBy(bob).build();
		send(bobs);
		alices.forEach(this::awaitTask);
		awaitTask(bobs.taskId());

		aLiveWorker(type, 2);

		awaitDispatch(bobs.taskId(), 1); // the newest, but bob's first turn
		awaitDispatch(alices.get(0), 1);
		assertThat(dispatches(alices.get(1))).isEmpty();
		assertThat(dispatches(alices.get(2))).isEmpty();
	}

	@Test
	void dispatchesHigherPrioritiesFirst() {
		String type = aType();
		TaskCreated low = aTask(this.clock).ofType(type).withPriority(1).build();
		TaskCreated high = aTask(this.clock).ofType(type).withPriority(9).build();
		send(low);
		send(high);
		awaitTask(low.taskId());
		awaitTask(high.taskId());

		aLiveWorker(type, 1);

		awaitDispatch(high.taskId(), 1);
		assertThat(dispatches(low.taskId())).isEmpty();
	}

	private List<TaskDispatched> dispatchedOf(List<UUID> ids) {
		return ids.stream().flatMap((id) -> dispatches(id).stream()).toList();
	}

}
