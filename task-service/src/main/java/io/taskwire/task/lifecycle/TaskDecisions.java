package io.taskwire.task.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.MessageType;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.contracts.worker.WorkerEvent;

import static io.taskwire.contracts.TaskStatus.DISPATCHED;
import static io.taskwire.contracts.TaskStatus.RETRY_WAIT;
import static io.taskwire.contracts.TaskStatus.RUNNING;

/**
 * What worker events, commands and sweeps do to a task: pure functions of the task as
 * read, the event and the time. An event of an attempt that is not the live one, or for a
 * task that has ended, changes nothing but a log line in the timeline (and, where the
 * attempt may still run, an order to stop it).
 */
public final class TaskDecisions {

	private final RetryPolicy retryPolicy;

	private final Duration lease;

	/**
	 * Decisions with a retry policy and a lease.
	 * @param retryPolicy when failed tasks try again
	 * @param lease how long a dispatched attempt may take to start, and how long a
	 * cancelled attempt counts against its owner's limit if its worker never confirms it
	 * stopped
	 */
	public TaskDecisions(RetryPolicy retryPolicy, Duration lease) {
		this.retryPolicy = retryPolicy;
		this.lease = lease;
	}

	/**
	 * Applies a worker event.
	 * @param task the task as read
	 * @param event what the worker reports
	 * @param now the clock's time
	 * @return the outcome
	 */
	public Outcome on(Task task, WorkerEvent event, Instant now) {
		if (!isLiveAttempt(task, event)) {
			return ignored(task, event, notLiveReason(task), now);
		}
		if (task.status().isTerminal()) {
			return afterTheEnd(task, event, now);
		}
		if (event instanceof TaskStarted) {
			return (task.status() == DISPATCHED) ? moved(task, TaskTransitions.start(task, now), null)
					: new Outcome.Unchanged();
		}
		if (event instanceof TaskProgressed progressed) {
			Task after = task.change()
				.progress(progressed.progress(),
						(progressed.checkpoint() != null) ? progressed.checkpoint() : task.checkpoint())
				.at(now);
			return new Outcome.Noted(task, after, progressed.progress(), null, null);
		}
		if (event instanceof TaskLogged logged) {
			return new Outcome.Noted(task, task.change().at(now), null, logged.line(), null);
		}
		if (event instanceof TaskSucceeded succeeded) {
			return moved(task, TaskTransitions.succeed(task, succeeded.result(), now), null);
		}
		if (event instanceof TaskFailed failed) {
			return failed(task, failed, now);
		}
		if (event instanceof TaskCancelled) {
			return moved(task, TaskTransitions.cancelled(task, now), null);
		}
		if (event instanceof TaskRejected rejected) {
			return moved(task, TaskTransitions.requeue(task, now), "rejected: " + rejected.reason());
		}
		if (event instanceof TaskReleased released) {
			return moved(task, TaskTransitions.requeue(task, now), "released: " + released.reason());
		}
		throw new IllegalArgumentException("Unknown worker event " + event.getClass().getName());
	}

	/**
	 * Hands a queued task to a worker as a new attempt, leased until it starts.
	 * @param task the task as read (and locked)
	 * @param workerId the worker with a free slot for its type
	 * @param now the clock's time
	 * @return the outcome, whose {@code after} carries the new attempt number
	 */
	public Outcome.Moved dispatch(Task task, String workerId, Instant now) {
		return new Outcome.Moved(task, TaskTransitions.dispatch(task, workerId, now.plus(this.lease), now), null, null);
	}

	/**
	 * Cancels a task on its owner's or an admin's request.
	 * @param task the task as read
	 * @param request the request
	 * @param now the clock's time
	 * @return CANCELLED (with an order to stop a live attempt), or a note that the task
	 * had already ended
	 */
	public Outcome cancel(Task task, CancelRequested request, Instant now) {
		if (task.status().isTerminal()) {
			return noted(task, LogLine.Level.INFO,
					"Cancel requested by " + request.requestedBy() + " ignored: the task is already " + task.status(),
					now);
		}
		Task after = TaskTransitions.cancel(task, now.plus(this.lease), now);
		CancelAttempt order = task.hasLiveAttempt()
				? new CancelAttempt(task.id(), task.attempt(), task.workerId(), CancelAttempt.Reason.CANCELLED) : null;
		return new Outcome.Moved(task, after, "cancelled by " + request.requestedBy(), order);
	}

	/**
	 * Notes that a delete was refused because the task has not ended.
	 * @param task the task as read
	 * @param requestedBy who asked
	 * @param now the clock's time
	 * @return the note
	 */
	public Outcome refuseDelete(Task task, String requestedBy, Instant now) {
		return noted(task, LogLine.Level.WARN,
				"Delete requested by " + requestedBy + " refused: the task is " + task.status(), now);
	}

	/**
	 * A dispatched attempt did not start within its lease: the task is queued again
	 * without using up an attempt, and the worker is told to drop it.
	 * @param task the task as read
	 * @param now the clock's time
	 * @return the outcome
	 */
	public Outcome expireLease(Task task, Instant now) {
		if (task.status() != DISPATCHED || task.leaseExpiresAt() == null || task.leaseExpiresAt().isAfter(now)) {
			return new Outcome.Unchanged();
		}
		CancelAttempt order = new CancelAttempt(task.id(), task.attempt(), task.workerId(),
				CancelAttempt.Reason.STALE_ATTEMPT);
		return new Outcome.Moved(task, TaskTransitions.requeue(task, now), "dispatch lease expired", order);
	}

	/**
	 * The worker of a running attempt stopped sending heartbeats: the attempt is lost and
	 * used up.
	 * @param task the task as read
	 * @param now the clock's time
	 * @return RETRY_WAIT or FAILED with kind {@code worker_lost}
	 */
	public Outcome loseWorker(Task task, Instant now) {
		if (task.status() != RUNNING) {
			return new Outcome.Unchanged();
		}
		ErrorSummary error = new ErrorSummary(FailureKind.WORKER_LOST,
				"Worker " + task.workerId() + " stopped sending heartbeats");
		CancelAttempt order = new CancelAttempt(task.id(), task.attempt(), task.workerId(),
				CancelAttempt.Reason.STALE_ATTEMPT);
		Task after = afterFailure(task, error, true, null, now);
		return new Outcome.Moved(task, after, "worker lost", order);
	}

	/**
	 * A stopping attempt of an ended task never confirmed it stopped within its lease: it
	 * no longer counts against its owner's limit.
	 * @param task the task as read
	 * @param now the clock's time
	 * @return the note
	 */
	public Outcome forgetStoppingAttempt(Task task, Instant now) {
		if (!task.status().isTerminal() || !task.hasLiveAttempt() || task.leaseExpiresAt() == null
				|| task.leaseExpiresAt().isAfter(now)) {
			return new Outcome.Unchanged();
		}
		return new Outcome.Noted(task, TaskTransitions.attemptStopped(task, now), null,
				log(LogLine.Level.WARN, "Attempt " + task.attempt() + " on worker " + task.workerId()
						+ " did not confirm it stopped; it no longer counts"),
				null);
	}

	/**
	 * The backoff of a task waiting to retry is over: it is queued again.
	 * @param task the task as read
	 * @param now the clock's time
	 * @return the outcome
	 */
	public Outcome retryDue(Task task, Instant now) {
		if (task.status() != RETRY_WAIT || task.nextAttemptAt() == null || task.nextAttemptAt().isAfter(now)) {
			return new Outcome.Unchanged();
		}
		return moved(task, TaskTransitions.retryNow(task, now), null);
	}

	private Outcome failed(Task task, TaskFailed failed, Instant now) {
		ErrorSummary error = new ErrorSummary(failed.kind(), failed.message());
		if (failed.kind() == FailureKind.ATTEMPT_TIMED_OUT) {
			return moved(task, TaskTransitions.timeOut(task, error, now), failed.detail());
		}
		return moved(task, afterFailure(task, error, failed.retryable(), failed.retryNotBefore(), now),
				failed.detail());
	}

	private Task afterFailure(Task task, ErrorSummary error, boolean retryable, Instant retryNotBefore, Instant now) {
		int failures = task.attemptsUsed() + 1;
		if (!retryable || failures >= task.spec().maxAttempts()) {
			return TaskTransitions.fail(task, error, now);
		}
		Instant next = this.retryPolicy.nextAttemptAt(failures, retryNotBefore, now);
		Instant deadline = task.spec().deadline();
		if (deadline != null && next.isAfter(deadline)) {
			return TaskTransitions.timeOut(task,
					new ErrorSummary(FailureKind.TIMEOUT, "The next attempt would start after the deadline"), now);
		}
		return TaskTransitions.retryLater(task, error, next, now);
	}

	/**
	 * A terminal task's live attempt is stopping: its end is noted, anything else
	 * answered with a stop.
	 */
	private Outcome afterTheEnd(Task task, WorkerEvent event, Instant now) {
		if (endsAttempt(event)) {
			return new Outcome.Noted(task, TaskTransitions.attemptStopped(task, now), null,
					log(LogLine.Level.INFO, "Attempt " + event.attempt() + " ended with " + typeOf(event)
							+ " after the task was " + task.status() + "; that outcome is discarded"),
					null);
		}
		return ignored(task, event, "the task is " + task.status(), now);
	}

	private Outcome ignored(Task task, WorkerEvent event, String reason, Instant now) {
		String text = "Ignored " + typeOf(event) + " of attempt " + event.attempt() + " from worker " + event.workerId()
				+ ": " + reason;
		CancelAttempt order = answersWithStop(event)
				? new CancelAttempt(task.id(), event.attempt(), event.workerId(), stopReason(task, event)) : null;
		return new Outcome.Noted(task, task.change().at(now), null, log(LogLine.Level.WARN, text), order);
	}

	private static boolean isLiveAttempt(Task task, WorkerEvent event) {
		return task.hasLiveAttempt() && event.attempt() == task.attempt() && event.workerId().equals(task.workerId());
	}

	private static String notLiveReason(Task task) {
		if (task.status().isTerminal()) {
			return "the task is " + task.status();
		}
		return task.hasLiveAttempt() ? "attempt " + task.attempt() + " on worker " + task.workerId() + " is current"
				: "no attempt is live, the task is " + task.status();
	}

	private static boolean endsAttempt(WorkerEvent event) {
		return !(event instanceof TaskStarted || event instanceof TaskProgressed || event instanceof TaskLogged);
	}

	/** Every fenced event is answered with a stop, except the report that it stopped. */
	private static boolean answersWithStop(WorkerEvent event) {
		return !(event instanceof TaskCancelled
				|| (event instanceof TaskFailed failed && failed.kind() == FailureKind.CANCELLED));
	}

	private static CancelAttempt.Reason stopReason(Task task, WorkerEvent event) {
		boolean current = event.attempt() == task.attempt() && event.workerId().equals(task.workerId());
		if (current && task.status() == TaskStatus.CANCELLED) {
			return CancelAttempt.Reason.CANCELLED;
		}
		return CancelAttempt.Reason.STALE_ATTEMPT;
	}

	private static Outcome moved(Task before, Task after, String detail) {
		return new Outcome.Moved(before, after, detail, null);
	}

	private static Outcome noted(Task task, LogLine.Level level, String text, Instant now) {
		return new Outcome.Noted(task, task.change().at(now), null, log(level, text), null);
	}

	private static LogLine log(LogLine.Level level, String text) {
		return new LogLine(level, text, Map.of("source", "task-service"));
	}

	private static String typeOf(WorkerEvent event) {
		return MessageType.of(event).wireName();
	}

}
