package io.taskwire.worker.tasktype;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.taskwire.contracts.types.TaskTypeRegistered;
import tools.jackson.databind.JsonNode;

/**
 * A task type this worker runs, with its input schema loaded and compiled.
 */
public final class RegisteredTaskType {

	private static final int MAX_REPORTED_VIOLATIONS = 5;

	private final TaskType type;

	private final JsonNode schemaJson;

	private final Schema schema;

	RegisteredTaskType(TaskType type, JsonNode schemaJson, Schema schema) {
		this.type = type;
		this.schemaJson = schemaJson;
		this.schema = schema;
	}

	public String name() {
		return this.type.name();
	}

	public TaskType type() {
		return this.type;
	}

	/**
	 * Checks an input against the type's schema.
	 * @param input the input
	 * @throws TaskFailure of kind {@code invalid_request} naming the first violations
	 */
	public void validate(JsonNode input) {
		List<Error> errors = this.schema.validate(input);
		if (!errors.isEmpty()) {
			List<String> messages = errors.stream().limit(MAX_REPORTED_VIOLATIONS).map(Error::toString).toList();
			throw TaskFailure.invalidRequest("Input is not valid for " + name() + ": " + String.join("; ", messages));
		}
	}

	/**
	 * The registration published on {@code tasks.types}.
	 * @return the message
	 */
	public TaskTypeRegistered registration() {
		TaskTypeDefaults defaults = this.type.defaults();
		return new TaskTypeRegistered(name(), this.type.version(), this.type.description(), this.schemaJson,
				new TaskTypeRegistered.Defaults(defaults.timeoutSeconds(), defaults.maxAttempts()));
	}

}
