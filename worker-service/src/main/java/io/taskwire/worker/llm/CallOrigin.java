package io.taskwire.worker.llm;

import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;

/**
 * The attempt that makes LLM calls: what every call record carries besides the call.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param owner the task's owner
 * @param taskType the task's type
 * @param options the task's model and provider
 * @param traceparent the attempt's trace context
 */
public record CallOrigin(UUID taskId, int attempt, String owner, String taskType, TaskOptions options,
		String traceparent) {

	public CallOrigin {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(taskType, "taskType");
		options = (options != null) ? options : TaskOptions.DEFAULTS;
	}

}
