package io.taskwire.contracts.worker;

import java.util.UUID;

import io.taskwire.contracts.Progress;
import tools.jackson.databind.JsonNode;

/**
 * The attempt moved on; sent at most about once a second per task, the latest always
 * last.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker running it
 * @param progress percent and message
 * @param checkpoint what a later attempt needs to resume, or {@code null}
 */
public record TaskProgressed(UUID taskId, int attempt, String workerId, Progress progress,
		JsonNode checkpoint) implements WorkerEvent {

	public TaskProgressed {
		WorkerEvents.requireValid(taskId, attempt, workerId);
		progress = (progress != null) ? progress : new Progress(null, null);
	}

}
