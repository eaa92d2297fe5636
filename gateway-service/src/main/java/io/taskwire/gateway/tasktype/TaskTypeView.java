package io.taskwire.gateway.tasktype;

import io.taskwire.contracts.types.TaskTypeRegistered;
import tools.jackson.databind.JsonNode;

/**
 * A task type as {@code GET /api/v1/task-types} shows it.
 *
 * @param type the name to submit tasks with
 * @param version the handler's version
 * @param description what it does
 * @param inputSchema the JSON Schema a task's {@code input} must satisfy
 * @param defaults what a task of this type gets when its request leaves them out
 */
public record TaskTypeView(String type, String version, String description, JsonNode inputSchema,
		TaskTypeRegistered.Defaults defaults) {

	static TaskTypeView of(TaskType taskType) {
		TaskTypeRegistered registration = taskType.registration();
		return new TaskTypeView(registration.type(), registration.version(), registration.description(),
				registration.inputSchema(), registration.defaults());
	}

}
