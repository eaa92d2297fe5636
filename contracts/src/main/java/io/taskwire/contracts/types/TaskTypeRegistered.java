package io.taskwire.contracts.types;

import java.util.Objects;

import io.taskwire.contracts.Message;
import tools.jackson.databind.JsonNode;

/**
 * A worker can run this task type. The topic is compacted by type, so it always holds the
 * latest registration of every type.
 *
 * @param type the type name, such as {@code llm.chat}
 * @param version the handler's version
 * @param description what it does, for people
 * @param inputSchema JSON Schema of the input
 * @param defaults the type's defaults for task options
 */
public record TaskTypeRegistered(String type, String version, String description, JsonNode inputSchema,
		Defaults defaults) implements Message {

	public TaskTypeRegistered {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(inputSchema, "inputSchema");
		Objects.requireNonNull(defaults, "defaults");
	}

	@Override
	public String key() {
		return this.type;
	}

	@Override
	public String taskTypeHeader() {
		return this.type;
	}

	/**
	 * Defaults a task of this type gets when its request leaves them out.
	 *
	 * @param timeoutSeconds the longest one attempt may run
	 * @param maxAttempts how many attempts a failing task gets
	 */
	public record Defaults(int timeoutSeconds, int maxAttempts) {
	}

}
