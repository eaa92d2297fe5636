package io.taskwire.task.lifecycle.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.contracts.status.TaskTimelineEntry;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import io.taskwire.task.lifecycle.Task;
import org.junit.jupiter.api.Test;

import static io.taskwire.task.Messages.aTask;
import static io.taskwire.task.Messages.aType;
import static org.assertj.core.api.Assertions.assertThat;

class WorkerEventsIntegrationTests extends TaskServiceIntegrationTest {

	@Test
	void runsTheHappyPathAndPublishesEveryTimelineEntryOnceInOrder() {
		String type = aType();
		String worker = aLiveWorker(type, 4);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);

		send(Messages.started(id, 1, worker));
		send(Messages.progressed(id, 1, worker, 50));
		send(Messages.logged(id, 1, worker, "half way"));
		send(Messages.succeeded(id, 1, worker));

		Task task = awaitStatus(id, TaskStatus.SUCCEEDED);
		assertThat(task.result().get("text").asString()).isEqualTo("Hello");
		assertThat(task.progress().percent()).isEqualTo(50);
		assertThat(task.checkpoint().get("done").asInt()).isEqualTo(50);
		assertThat(task.startedAt()).isNotNull();
		assertThat(task.finishedAt()).isNotNull();
		assertThat(task.hasLiveAttempt()).isFalse();
		List<StatusEvent> events = eventually().until(() -> published(id), (e) -> e.size() >= 6);
		awaitEarlierWorkerEventsApplied();
		assertThat(published(id)).hasSize(6);
		assertThat(events).extracting(StatusEvent::seq)
			.containsExactly(LongStream.rangeClosed(1, 6).boxed().toArray(Long[]::new));
		assertThat(transitions(events)).containsExactly("null>QUEUED", "QUEUED>DISPATCHED", "DISPATCHED>RUNNING",
				"RUNNING>SUCCEEDED");
		assertThat(((TaskTimelineEntry) events.get(3)).progress().percent()).isEqualTo(50);
		assertThat(((TaskTimelineEntry) events.get(4)).log().message()).isEqualTo("half way");
		assertThat(((TaskStatusChanged) events.get(5)).result().get("text").asString()).isEqualTo("Hello");
		assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id AND published_at IS NULL", id)).isZero();
		assertThat(count("SELECT count(*) FROM attempt WHERE task_id = :id AND outcome = 'succeeded'"
				+ " AND started_at IS NOT NULL", id))
			.isEqualTo(1);
	}

	@Test
	void fencesAnEventOfAStaleAttemptAndOrdersItToStop() {
		String type = aType();
		String worker = aLiveWorker(type, 4);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.rejected(id, 1, worker));
		awaitDispatch(id, 2);

		send(Messages.progressed(id, 1, worker, 10));

		TaskTimelineEntry note = (TaskTimelineEntry) eventually().until(() -> last(published(id)),
				(event) -> event instanceof TaskTimelineEntry);
		assertThat(note.log().message()).contains("Ignored task.progressed of attempt 1")
			.contains("attempt 2 on worker " + worker + " is current");
		CancelAttempt order = eventually().until(() -> ordersTo(worker), (orders) -> !orders.isEmpty()).get(0);
		assertThat(order.taskId()).isEqualTo(id);
		assertThat(order.attempt()).isEqualTo(1);
		assertThat(order.reason()).isEqualTo(CancelAttempt.Reason.STALE_ATTEMPT);
		Task task = task(id);
		assertThat(task.status()).isEqualTo(TaskStatus.DISPATCHED);
		assertThat(task.attempt()).isEqualTo(2);
		assertThat(task.progress()).isNull();
	}

	@Test
	void acceptsAnOutcomeThatOutranItsStart() {
		String type = aType();
		String worker = aLiveWorker(type, 4);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);

		send(Messages.succeeded(id, 1, worker));

		Task task = awaitStatus(id, TaskStatus.SUCCEEDED);
		assertThat(task.startedAt()).isNotNull();
		List<StatusEvent> events = eventually().until(() -> published(id), (e) -> e.size() == 3);
		assertThat(transitions(events)).containsExactly("null>QUEUED", "QUEUED>DISPATCHED", "DISPATCHED>SUCCEEDED");
	}

	@Test
	void requeuesARejectedDispatchWithoutUsingUpAnAttempt() {
		String type = aType();
		String worker = aLiveWorker(type, 1);
		TaskCreated created = aTask(this.clock).ofType(type).withMaxAttempts(1).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);

		send(Messages.rejected(id, 1, worker));

		awaitDispatch(id, 2);
		assertThat(transitions(published(id))).startsWith("null>QUEUED", "QUEUED>DISPATCHED", "DISPATCHED>QUEUED");
		assertThat(task(id).attemptsUsed()).isZero();
		send(Messages.failed(id, 2, worker, true));
		Task failed = awaitStatus(id, TaskStatus.FAILED); // its one attempt was the
															// second dispatch
		assertThat(failed.attemptsUsed()).isEqualTo(1);
	}

	@Test
	void retriesAFailedAttemptAfterItsBackoffWithItsCheckpoint() {
		String type = aType();
		String worker = aLiveWorker(type, 4);
		TaskCreated created = aTask(this.clock).ofType(type).withMaxAttempts(3).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.started(id, 1, worker));
		send(Messages.progressed(id, 1, worker, 40));

		send(Messages.failed(id, 1, worker, true));

		Task waiting = awaitStatus(id, TaskStatus.RETRY_WAIT);
		assertThat(waiting.error().kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(waiting.nextAttemptAt()).isBetween(this.clock.instant().minusSeconds(1),
				this.clock.instant().plusSeconds(1));
		this.clock.advance(Duration.ofSeconds(2));
		TaskDispatched retry = awaitDispatch(id, 2);
		assertThat(retry.checkpoint().get("done").asInt()).isEqualTo(40);
		assertThat(transitions(published(id))).contains("RUNNING>RETRY_WAIT", "RETRY_WAIT>QUEUED");
		assertThat(this.db.sql("SELECT detail FROM attempt WHERE task_id = :id AND attempt = 1")
			.bind("id", id)
			.map((row, metadata) -> row.get("detail", String.class))
			.one()
			.block()).contains("at Provider.call");
		assertThat(this.recorded.of(Topic.TASKS_STATUS, id.toString()))
			.noneMatch((record) -> new String(record.value(), StandardCharsets.UTF_8).contains("Provider.call"));
	}

	@Test
	void appliesARedeliveredEventOnce() {
		String type = aType();
		String worker = aLiveWorker(type, 4);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.started(id, 1, worker));
		Envelope<TaskProgressed> progress = Messages.envelope(Messages.progressed(id, 1, worker, 30), this.clock);

		send(progress);
		send(progress);
		awaitEarlierWorkerEventsApplied();

		assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id"
				+ " AND envelope->'payload'->'progress' IS NOT NULL", id))
			.isEqualTo(1);
	}

	@Test
	void cancelsARunningTaskAndDiscardsItsLateSuccess() {
		String type = aType();
		String worker = aLiveWorker(type, 4);
		TaskCreated created = aTask(this.clock).ofType(type).build();
		UUID id = created.taskId();
		send(created);
		awaitDispatch(id, 1);
		send(Messages.started(id, 1, worker));
		awaitStatus(id, TaskStatus.RUNNING);

		send(Messages.cancel(id, created.owner()));

		Task cancelled = awaitStatus(id, TaskStatus.CANCELLED);
		assertThat(cancelled.hasLiveAttempt()).as("the stopping attempt still counts").isTrue();
		CancelAttempt order = eventually().until(() -> ordersTo(worker), (orders) -> !orders.isEmpty()).get(0);
		assertThat(order.attempt()).isEqualTo(1);
		assertThat(order.reason()).isEqualTo(CancelAttempt.Reason.CANCELLED);

		send(Messages.succeeded(id, 1, worker));

		Task stopped = eventually().until(() -> task(id), (task) -> !task.hasLiveAttempt());
		assertThat(stopped.status()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(stopped.result()).isNull();
		TaskTimelineEntry note = (TaskTimelineEntry) eventually().until(() -> last(published(id)),
				(event) -> event instanceof TaskTimelineEntry);
		assertThat(note.log().message()).contains("ended with task.succeeded after the task was CANCELLED");
	}

	private static List<String> transitions(List<StatusEvent> events) {
		return events.stream()
			.filter(TaskStatusChanged.class::isInstance)
			.map(TaskStatusChanged.class::cast)
			.map((changed) -> changed.from() + ">" + changed.to())
			.toList();
	}

	private static StatusEvent last(List<StatusEvent> events) {
		return events.isEmpty() ? null : events.get(events.size() - 1);
	}

}
