package io.taskwire.contracts.worker;

import java.util.UUID;

/**
 * The worker began running the attempt.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker running it
 */
public record TaskStarted(UUID taskId, int attempt, String workerId) implements WorkerEvent {

	public TaskStarted {
		WorkerEvents.requireValid(taskId, attempt, workerId);
	}

}
