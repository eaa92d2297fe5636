package io.taskwire.contracts.worker;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.FailureKind;

/**
 * The attempt failed.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker that ran it
 * @param kind what kind of failure
 * @param message a short message users may see
 * @param detail the handler's stack trace or provider answer; stored per attempt, shown
 * to admins
 * @param retryable whether another attempt could succeed
 * @param retryNotBefore the earliest next attempt (a 429's reset time), or {@code null}
 */
public record TaskFailed(UUID taskId, int attempt, String workerId, FailureKind kind, String message, String detail,
		boolean retryable, Instant retryNotBefore) implements WorkerEvent {

	public TaskFailed {
		WorkerEvents.requireValid(taskId, attempt, workerId);
		Objects.requireNonNull(kind, "kind");
	}

}
