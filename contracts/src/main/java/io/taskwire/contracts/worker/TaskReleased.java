package io.taskwire.contracts.worker;

import java.util.UUID;

/**
 * The worker is shutting down and handed a started attempt back; the task goes back to
 * QUEUED without using up an attempt, and its last checkpoint is kept.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker that released it
 * @param reason why
 */
public record TaskReleased(UUID taskId, int attempt, String workerId, String reason) implements WorkerEvent {

	public TaskReleased {
		WorkerEvents.requireValid(taskId, attempt, workerId);
	}

}
