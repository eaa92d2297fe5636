package io.taskwire.task.lifecycle;

import java.time.Instant;

import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.TaskStatus;
import tools.jackson.databind.JsonNode;

import static io.taskwire.contracts.TaskStatus.CANCELLED;
import static io.taskwire.contracts.TaskStatus.DISPATCHED;
import static io.taskwire.contracts.TaskStatus.FAILED;
import static io.taskwire.contracts.TaskStatus.QUEUED;
import static io.taskwire.contracts.TaskStatus.RETRY_WAIT;
import static io.taskwire.contracts.TaskStatus.RUNNING;
import static io.taskwire.contracts.TaskStatus.SUCCEEDED;
import static io.taskwire.contracts.TaskStatus.TIMED_OUT;

/**
 * The task lifecycle: which status may follow which, and the pure functions that move a
 * task along those edges. Each function returns a changed copy and refuses an edge the
 * table does not allow.
 */
public final class TaskTransitions {

	private TaskTransitions() {
	}

	/**
	 * The transition table.
	 * @param from the current status
	 * @param to the next status
	 * @return whether a task may go from one to the other
	 */
	public static boolean allows(TaskStatus from, TaskStatus to) {
		return switch (from) { // no default: a new status does not compile until decided
			case QUEUED -> to == DISPATCHED || to == CANCELLED || to == TIMED_OUT;
			// an outcome may outrun its start; rejected or an expired lease: back to
			// QUEUED
			case DISPATCHED -> to == RUNNING || to == QUEUED || to == SUCCEEDED || to == FAILED || to == RETRY_WAIT
					|| to == CANCELLED || to == TIMED_OUT;
			// released on worker shutdown: back to QUEUED
			case RUNNING -> to == SUCCEEDED || to == FAILED || to == RETRY_WAIT || to == QUEUED || to == CANCELLED
					|| to == TIMED_OUT;
			case RETRY_WAIT -> to == QUEUED || to == CANCELLED || to == TIMED_OUT;
			case SUCCEEDED, FAILED, CANCELLED, TIMED_OUT -> false;
		};
	}

	/** QUEUED → DISPATCHED: a new attempt on a worker, leased until it starts. */
	static Task dispatch(Task task, String workerId, Instant leaseExpiresAt, Instant now) {
		return move(task, DISPATCHED).attempt(task.attempt() + 1)
			.liveAttempt(workerId, leaseExpiresAt)
			.nextAttemptAt(null)
			.error(null)
			.at(now);
	}

	/** DISPATCHED → RUNNING: the worker started the attempt. */
	static Task start(Task task, Instant now) {
		return move(task, RUNNING).liveAttempt(task.workerId(), null).startedAt(firstStart(task, now)).at(now);
	}

	/**
	 * → SUCCEEDED with the attempt's result; from DISPATCHED the outcome counts as the
	 * start.
	 */
	static Task succeed(Task task, JsonNode result, Instant now) {
		return move(task, SUCCEEDED).result(result)
			.noLiveAttempt()
			.startedAt(firstStart(task, now))
			.finishedAt(now)
			.at(now);
	}

	/** → RETRY_WAIT: the attempt failed, is used up, and another one follows later. */
	static Task retryLater(Task task, ErrorSummary error, Instant nextAttemptAt, Instant now) {
		return move(task, RETRY_WAIT).attemptsUsed(task.attemptsUsed() + 1)
			.error(error)
			.noLiveAttempt()
			.nextAttemptAt(nextAttemptAt)
			.startedAt(firstStart(task, now))
			.at(now);
	}

	/** → FAILED: the attempt failed and no other one follows. */
	static Task fail(Task task, ErrorSummary error, Instant now) {
		return move(task, FAILED).attemptsUsed(task.attemptsUsed() + 1)
			.error(error)
			.noLiveAttempt()
			.startedAt(firstStart(task, now))
			.finishedAt(now)
			.at(now);
	}

	/**
	 * → TIMED_OUT: the attempt ran past its time limit, or the task passed its deadline.
	 */
	static Task timeOut(Task task, ErrorSummary error, Instant now) {
		return move(task, TIMED_OUT).error(error).noLiveAttempt().nextAttemptAt(null).finishedAt(now).at(now);
	}

	/**
	 * → CANCELLED. A live attempt keeps counting against the owner's limit while it
	 * stops, until it reports its end or {@code stopLeaseExpiresAt} passes.
	 */
	static Task cancel(Task task, Instant stopLeaseExpiresAt, Instant now) {
		Task.Builder cancelled = move(task, CANCELLED).nextAttemptAt(null).finishedAt(now);
		return (task.hasLiveAttempt() ? cancelled.liveAttempt(task.workerId(), stopLeaseExpiresAt)
				: cancelled.noLiveAttempt())
			.at(now);
	}

	/** → CANCELLED because the worker reports it stopped the attempt. */
	static Task cancelled(Task task, Instant now) {
		return move(task, CANCELLED).noLiveAttempt().nextAttemptAt(null).finishedAt(now).at(now);
	}

	/**
	 * DISPATCHED or RUNNING → QUEUED without using up an attempt (rejected, released,
	 * lease expired).
	 */
	static Task requeue(Task task, Instant now) {
		return move(task, QUEUED).noLiveAttempt().at(now);
	}

	/** RETRY_WAIT → QUEUED: the backoff is over. */
	static Task retryNow(Task task, Instant now) {
		return move(task, QUEUED).nextAttemptAt(null).at(now);
	}

	/**
	 * A terminal task's stopping attempt ended: it no longer counts. Not a transition.
	 */
	static Task attemptStopped(Task task, Instant now) {
		return task.change().noLiveAttempt().at(now);
	}

	private static Task.Builder move(Task task, TaskStatus to) {
		if (!allows(task.status(), to)) {
			throw new IllegalTransition(task.status(), to);
		}
		return task.change().status(to);
	}

	private static Instant firstStart(Task task, Instant now) {
		return (task.startedAt() != null) ? task.startedAt() : now;
	}

}
