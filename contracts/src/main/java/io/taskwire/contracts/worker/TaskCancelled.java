package io.taskwire.contracts.worker;

import java.util.UUID;

/**
 * The attempt stopped after a {@code CancelAttempt}; its slot is free again.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker that ran it
 */
public record TaskCancelled(UUID taskId, int attempt, String workerId) implements WorkerEvent {

	public TaskCancelled {
		WorkerEvents.requireValid(taskId, attempt, workerId);
	}

}
