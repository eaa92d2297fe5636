package io.taskwire.gateway.tasktype;

import java.util.List;

import com.networknt.schema.Schema;
import io.taskwire.contracts.types.TaskTypeRegistered;
import tools.jackson.databind.JsonNode;

/**
 * A registered task type with its compiled input schema.
 *
 * @param registration what the worker registered
 * @param schema the compiled input schema
 */
public record TaskType(TaskTypeRegistered registration, Schema schema) {

	private static final int MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

	private static final int MAX_ATTEMPTS = 20;

	/**
	 * Compiles a registration.
	 * @param registration the registration
	 * @return the task type
	 * @throws IllegalArgumentException when its input schema is not usable
	 */
	public static TaskType of(TaskTypeRegistered registration) {
		return new TaskType(registration, InputSchemas.compile(registration.inputSchema()));
	}

	public String name() {
		return this.registration.type();
	}

	public List<InputViolation> validate(JsonNode input) {
		return InputSchemas.validate(this.schema, input);
	}

	/**
	 * The type's default attempt time limit.
	 * @return seconds, or {@code null} when the type sets none (or one outside 1 s to 7
	 * days, which no task may have)
	 */
	public Integer defaultTimeoutSeconds() {
		return within(this.registration.defaults().timeoutSeconds(), MAX_TIMEOUT_SECONDS);
	}

	/**
	 * The type's default number of attempts.
	 * @return the count, or {@code null} when the type sets none (or one outside 1 to 20)
	 */
	public Integer defaultMaxAttempts() {
		return within(this.registration.defaults().maxAttempts(), MAX_ATTEMPTS);
	}

	private static Integer within(int value, int max) {
		return (value >= 1 && value <= max) ? value : null;
	}

}
