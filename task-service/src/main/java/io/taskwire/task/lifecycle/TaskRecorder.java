package io.taskwire.task.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.task.timeline.Timeline;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Persists what decisions decide, in the caller's transaction: the task as a
 * compare-and-set, its next timeline row (the outbox row of its {@code tasks.status}
 * message) and its attempt row. Returns what must happen after the commit.
 */
@Component
public class TaskRecorder {

	private final Tasks tasks;

	private final Timeline timeline;

	private final Attempts attempts;

	private final StatusEvents statusEvents;

	private final Clock clock;

	public TaskRecorder(Tasks tasks, Timeline timeline, Attempts attempts, StatusEvents statusEvents, Clock clock) {
		this.tasks = tasks;
		this.timeline = timeline;
		this.attempts = attempts;
		this.statusEvents = statusEvents;
		this.clock = clock;
	}

	/**
	 * Records a task just accepted with its first timeline row ({@code null} → QUEUED),
	 * unless the id is known or was deleted.
	 * @param task the queued task
	 * @param causeId the {@code TaskCreated} event id
	 * @return the effects, none when nothing was recorded
	 */
	public Mono<Effects> create(Task task, UUID causeId) {
		return this.tasks.insert(task)
			.flatMap((inserted) -> inserted ? this.timeline.append(this.statusEvents.changed(null, task, 1), causeId)
				.thenReturn(new Effects(List.of(), true, true)) : Mono.just(Effects.NONE));
	}

	/**
	 * Records an outcome.
	 * @param outcome what a decision decided
	 * @param causeId the incoming message that caused it, or {@code null}
	 * @return the effects; {@link LostRace} when the task changed since it was read
	 */
	public Mono<Effects> record(Outcome outcome, UUID causeId) {
		if (outcome instanceof Outcome.Moved moved) {
			return recordMoved(moved, causeId);
		}
		if (outcome instanceof Outcome.Noted noted) {
			return recordNoted(noted, causeId);
		}
		return Mono.just(Effects.NONE);
	}

	/**
	 * Deletes an ended task: its {@code TaskDeleted} is the last timeline row and goes
	 * out through the outbox like every other; the id stays as a tombstone.
	 * @param task the task as read
	 * @param causeId the {@code DeleteRequested} event id
	 * @return the effects
	 */
	public Mono<Effects> delete(Task task, UUID causeId) {
		long seq = task.lastSeq() + 1;
		return this.tasks.delete(task, this.clock.instant())
			.then(this.timeline.forgetPublished(task.id()))
			.then(this.timeline.append(this.statusEvents.deleted(task, seq), causeId))
			.then(this.attempts.deleteOf(task.id()))
			.thenReturn(new Effects(List.of(), false, true));
	}

	private Mono<Effects> recordMoved(Outcome.Moved moved, UUID causeId) {
		Task before = moved.before();
		Task after = moved.after();
		long seq = before.lastSeq() + 1;
		return this.tasks.compareAndSet(before, after, seq)
			.then(this.timeline.append(this.statusEvents.changed(before.status(), after, seq), causeId))
			.then(attemptRow(before, after, endOf(after.status()), moved.detail()))
			.thenReturn(effects(before, after, moved.order()));
	}

	private Mono<Effects> recordNoted(Outcome.Noted noted, UUID causeId) {
		Task before = noted.before();
		Task after = noted.after();
		long seq = before.lastSeq() + 1;
		return this.tasks.compareAndSet(before, after, seq)
			.then(this.timeline.append(this.statusEvents.entry(after, seq, noted.progress(), noted.log()), causeId))
			.then(attemptRow(before, after, "stopped", null))
			.thenReturn(effects(before, after, noted.order()));
	}

	private Mono<Void> attemptRow(Task before, Task after, String end, String detail) {
		if (after.attempt() > before.attempt()) {
			return this.attempts.dispatched(after, after.updatedAt());
		}
		if (before.hasLiveAttempt() && !after.hasLiveAttempt()) {
			// an outcome that outran its start still counts as the start
			boolean outranStart = before.status() == TaskStatus.DISPATCHED && after.status() != TaskStatus.QUEUED;
			Mono<Void> started = outranStart ? this.attempts.started(before, after.updatedAt()) : Mono.empty();
			return started.then(this.attempts.ended(before, end, after.error(), detail, after.updatedAt()));
		}
		if (before.status() == TaskStatus.DISPATCHED && after.status() == TaskStatus.RUNNING) {
			return this.attempts.started(after, after.updatedAt());
		}
		return Mono.empty();
	}

	private Effects effects(Task before, Task after, CancelAttempt order) {
		boolean slotFreed = before.hasLiveAttempt() && !after.hasLiveAttempt();
		List<Envelope<CancelAttempt>> orders = (order != null)
				? List.of(Envelope.of(order, Traceparent.childOf(after.spec().traceparent()), this.clock)) : List.of();
		return new Effects(orders, slotFreed || after.status() == TaskStatus.QUEUED, true);
	}

	private static String endOf(TaskStatus status) {
		return switch (status) {
			case SUCCEEDED -> "succeeded";
			case FAILED, RETRY_WAIT -> "failed";
			case TIMED_OUT -> "timed_out";
			case CANCELLED -> "cancelled";
			case QUEUED -> "requeued";
			case DISPATCHED, RUNNING -> "live";
		};
	}

}
