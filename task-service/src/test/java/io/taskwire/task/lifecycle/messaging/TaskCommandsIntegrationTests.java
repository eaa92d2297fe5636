package io.taskwire.task.lifecycle.messaging;

import java.util.List;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.contracts.status.TaskTimelineEntry;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import io.taskwire.task.lifecycle.Task;
import org.junit.jupiter.api.Test;

import static io.taskwire.task.Messages.aTask;
import static org.assertj.core.api.Assertions.assertThat;

class TaskCommandsIntegrationTests extends TaskServiceIntegrationTest {

	@Test
	void queuesACreatedTaskAndPublishesItsFirstTimelineEntry() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).ownedBy("alice").build();

		send(created);

		Task task = awaitTask(created.taskId());
		assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
		assertThat(task.attempt()).isZero();
		assertThat(task.spec().input()).isEqualTo(created.input());
		assertThat(task.spec().metadata()).containsEntry("ref", "r-1");
		TaskStatusChanged first = (TaskStatusChanged) eventually()
			.until(() -> published(created.taskId()), (events) -> !events.isEmpty())
			.get(0);
		assertThat(first.seq()).isEqualTo(1);
		assertThat(first.from()).isNull();
		assertThat(first.to()).isEqualTo(TaskStatus.QUEUED);
		assertThat(first.owner()).isEqualTo("alice");
		assertThat(first.type()).isEqualTo(created.type());
	}

	@Test
	void appliesARedeliveredTaskCreatedOnce() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		Envelope<TaskCreated> envelope = Messages.envelope(created, this.clock);

		send(envelope);
		send(envelope);
		send(created); // the same task again, under a new event id

		awaitTask(created.taskId());
		eventually().until(() -> published(created.taskId()), (events) -> !events.isEmpty());
		awaitEarlierCommandsApplied();
		assertThat(count("SELECT count(*) FROM task WHERE id = :id", created.taskId())).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM timeline WHERE task_id = :id", created.taskId())).isEqualTo(1);
		assertThat(published(created.taskId())).hasSize(1);
	}

	@Test
	void cancelsAQueuedTask() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		send(created);
		awaitTask(created.taskId());

		send(Messages.cancel(created.taskId(), created.owner()));

		List<StatusEvent> events = eventually().until(() -> published(created.taskId()), (e) -> e.size() == 2);
		TaskStatusChanged cancelled = (TaskStatusChanged) events.get(1);
		assertThat(cancelled.seq()).isEqualTo(2);
		assertThat(cancelled.from()).isEqualTo(TaskStatus.QUEUED);
		assertThat(cancelled.to()).isEqualTo(TaskStatus.CANCELLED);
		assertThat(task(created.taskId()).finishedAt()).isNotNull();
	}

	@Test
	void ignoresACancelThatNamesAnotherOwner() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).ownedBy("alice").build();
		send(created);
		awaitTask(created.taskId());

		send(Messages.cancel(created.taskId(), "mallory"));
		awaitEarlierCommandsApplied();

		assertThat(task(created.taskId()).status()).isEqualTo(TaskStatus.QUEUED);
	}

	@Test
	void deletesAnEndedTaskAndNeverBringsItBack() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		Envelope<TaskCreated> creation = Messages.envelope(created, this.clock);
		send(creation);
		awaitTask(created.taskId());
		send(Messages.cancel(created.taskId(), created.owner()));
		eventually().until(() -> task(created.taskId()).status() == TaskStatus.CANCELLED);

		send(Messages.delete(created.taskId(), created.owner()));

		List<StatusEvent> events = eventually().until(() -> published(created.taskId()), (e) -> e.size() == 3);
		assertThat(events.get(2)).isInstanceOf(TaskDeleted.class);
		assertThat(events.get(2).seq()).isEqualTo(3);
		eventually().until(() -> count("SELECT count(*) FROM timeline WHERE task_id = :id", created.taskId()) == 0);
		assertThat(task(created.taskId())).isNull();
		assertThat(count("SELECT count(*) FROM task_tombstone WHERE id = :id", created.taskId())).isEqualTo(1);

		send(creation); // redelivered after the delete
		awaitEarlierCommandsApplied();
		assertThat(task(created.taskId())).isNull();
		assertThat(published(created.taskId())).hasSize(3);
	}

	@Test
	void refusesToDeleteATaskThatHasNotEnded() {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).build();
		send(created);
		awaitTask(created.taskId());

		send(Messages.delete(created.taskId(), created.owner()));

		List<StatusEvent> events = eventually().until(() -> published(created.taskId()), (e) -> e.size() == 2);
		TaskTimelineEntry refusal = (TaskTimelineEntry) events.get(1);
		assertThat(refusal.log().message()).contains("refused").contains("QUEUED");
		assertThat(task(created.taskId()).status()).isEqualTo(TaskStatus.QUEUED);
	}

}
