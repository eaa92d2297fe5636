package io.taskwire.task.lifecycle;

import java.time.Instant;
import java.util.UUID;

import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import tools.jackson.databind.JsonNode;

/**
 * A task as stored: what it was created with and where it is now. Immutable; the
 * functions of {@link TaskTransitions} return changed copies.
 *
 * @param id the task id
 * @param spec what it was created with
 * @param status where it is in its lifecycle
 * @param attempt the current attempt number (0 before the first dispatch), the fencing
 * token
 * @param attemptsUsed attempts that ended in a failure, counted against
 * {@code maxAttempts}
 * @param workerId the worker of the live attempt (dispatched, running or stopping), or
 * {@code null} when none is live
 * @param leaseExpiresAt until when a dispatched attempt may start, or a stopping one
 * still counts
 * @param nextAttemptAt when a task waiting to retry is queued again
 * @param progress the last progress reported
 * @param checkpoint the last checkpoint, handed to the next attempt
 * @param result the result of the attempt that succeeded
 * @param error the failure users may see
 * @param startedAt when an attempt first started
 * @param finishedAt when the task reached its terminal state
 * @param updatedAt when it last changed
 * @param lastSeq the seq of its last timeline row, also its row version
 */
public record Task(UUID id, TaskSpec spec, TaskStatus status, int attempt, int attemptsUsed, String workerId,
		Instant leaseExpiresAt, Instant nextAttemptAt, Progress progress, JsonNode checkpoint, JsonNode result,
		ErrorSummary error, Instant startedAt, Instant finishedAt, Instant updatedAt, long lastSeq) {

	/**
	 * A task just accepted: queued, no attempt yet, seq 1 for its creation.
	 * @param id the task id
	 * @param spec what it was created with
	 * @param now the clock's time
	 * @return the task
	 */
	public static Task queued(UUID id, TaskSpec spec, Instant now) {
		return new Task(id, spec, TaskStatus.QUEUED, 0, 0, null, null, null, null, null, null, null, null, null, now,
				1);
	}

	public String owner() {
		return this.spec.owner();
	}

	public String type() {
		return this.spec.type();
	}

	/** Whether an attempt is dispatched, running or still stopping. */
	public boolean hasLiveAttempt() {
		return this.workerId != null;
	}

	Builder change() {
		return new Builder(this);
	}

	/** A changed copy; only lifecycle code changes tasks. */
	static final class Builder {

		private final Task task;

		private TaskStatus status;

		private int attempt;

		private int attemptsUsed;

		private String workerId;

		private Instant leaseExpiresAt;

		private Instant nextAttemptAt;

		private Progress progress;

		private JsonNode checkpoint;

		private JsonNode result;

		private ErrorSummary error;

		private Instant startedAt;

		private Instant finishedAt;

		private Builder(Task task) {
			this.task = task;
			this.status = task.status;
			this.attempt = task.attempt;
			this.attemptsUsed = task.attemptsUsed;
			this.workerId = task.workerId;
			this.leaseExpiresAt = task.leaseExpiresAt;
			this.nextAttemptAt = task.nextAttemptAt;
			this.progress = task.progress;
			this.checkpoint = task.checkpoint;
			this.result = task.result;
			this.error = task.error;
			this.startedAt = task.startedAt;
			this.finishedAt = task.finishedAt;
		}

		Builder status(TaskStatus status) {
			this.status = status;
			return this;
		}

		Builder attempt(int attempt) {
			this.attempt = attempt;
			return this;
		}

		Builder attemptsUsed(int attemptsUsed) {
			this.attemptsUsed = attemptsUsed;
			return this;
		}

		Builder liveAttempt(String workerId, Instant leaseExpiresAt) {
			this.workerId = workerId;
			this.leaseExpiresAt = leaseExpiresAt;
			return this;
		}

		Builder noLiveAttempt() {
			return liveAttempt(null, null);
		}

		Builder nextAttemptAt(Instant nextAttemptAt) {
			this.nextAttemptAt = nextAttemptAt;
			return this;
		}

		Builder progress(Progress progress, JsonNode checkpoint) {
			this.progress = progress;
			this.checkpoint = checkpoint;
			return this;
		}

		Builder result(JsonNode result) {
			this.result = result;
			return this;
		}

		Builder error(ErrorSummary error) {
			this.error = error;
			return this;
		}

		Builder startedAt(Instant startedAt) {
			this.startedAt = startedAt;
			return this;
		}

		Builder finishedAt(Instant finishedAt) {
			this.finishedAt = finishedAt;
			return this;
		}

		Task at(Instant now) {
			return new Task(this.task.id, this.task.spec, this.status, this.attempt, this.attemptsUsed, this.workerId,
					this.leaseExpiresAt, this.nextAttemptAt, this.progress, this.checkpoint, this.result, this.error,
					this.startedAt, this.finishedAt, now, this.task.lastSeq);
		}

	}

}
