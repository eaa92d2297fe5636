package io.taskwire.contracts.worker;

import java.util.UUID;

/**
 * The worker did not start the attempt (no free slot, unknown type); the task goes back
 * to QUEUED without using up an attempt.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker that refused it
 * @param reason why
 */
public record TaskRejected(UUID taskId, int attempt, String workerId, String reason) implements WorkerEvent {

	public TaskRejected {
		WorkerEvents.requireValid(taskId, attempt, workerId);
	}

}
