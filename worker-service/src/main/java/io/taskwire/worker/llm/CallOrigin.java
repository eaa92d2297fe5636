package io.taskwire.worker.llm;

import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;
import tools.jackson.databind.JsonNode;

/**
 * The attempt that makes LLM calls: what every call record carries besides the call.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param owner the task's owner
 * @param taskType the task's type
 * @param options the task's model and provider
 * @param traceparent the attempt's trace context
 * @param input the task's input, read for its {@code simulate} flags, or {@code null}
 */
public record CallOrigin(UUID taskId, int attempt, String owner, String taskType, TaskOptions options,
		String traceparent, JsonNode input) {

	public CallOrigin {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(taskType, "taskType");
		options = (options != null) ? options : TaskOptions.DEFAULTS;
	}

	public CallOrigin(UUID taskId, int attempt, String owner, String taskType, TaskOptions options,
			String traceparent) {
		this(taskId, attempt, owner, taskType, options, traceparent, null);
	}

}
