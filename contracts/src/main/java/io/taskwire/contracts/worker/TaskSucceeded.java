package io.taskwire.contracts.worker;

import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The attempt finished with a result.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker that ran it
 * @param result the handler's result
 */
public record TaskSucceeded(UUID taskId, int attempt, String workerId, JsonNode result) implements WorkerEvent {

	public TaskSucceeded {
		WorkerEvents.requireValid(taskId, attempt, workerId);
		Objects.requireNonNull(result, "result");
	}

}
