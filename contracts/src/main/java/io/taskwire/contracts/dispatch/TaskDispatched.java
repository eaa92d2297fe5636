package io.taskwire.contracts.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;
import tools.jackson.databind.JsonNode;

/**
 * Run this attempt of a task. Sent to a partition owned by a worker with a free slot for
 * the type.
 *
 * @param taskId the task
 * @param attempt the attempt number, new for every dispatch; the fencing token
 * @param owner the task's owner
 * @param type the task type
 * @param input the task's input
 * @param options model and provider
 * @param attemptTimeLimitSeconds the longest this attempt may run
 * @param deadline when the whole task times out, or {@code null}
 * @param checkpoint the last checkpoint of an earlier attempt, or {@code null}
 * @param workerId the worker whose free slot this dispatch was counted against
 */
public record TaskDispatched(UUID taskId, int attempt, String owner, String type, JsonNode input, TaskOptions options,
		int attemptTimeLimitSeconds, Instant deadline, JsonNode checkpoint, String workerId) implements WorkerOrder {

	public TaskDispatched {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(input, "input");
		options = (options != null) ? options : TaskOptions.DEFAULTS;
		if (attempt < 1) {
			throw new IllegalArgumentException("attempt must be positive, was " + attempt);
		}
		if (attemptTimeLimitSeconds < 1) {
			throw new IllegalArgumentException("attemptTimeLimitSeconds must be positive");
		}
	}

	@Override
	public String key() {
		return this.taskId.toString();
	}

	@Override
	public String ownerHeader() {
		return this.owner;
	}

	@Override
	public String taskTypeHeader() {
		return this.type;
	}

}
