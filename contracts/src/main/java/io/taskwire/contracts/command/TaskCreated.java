package io.taskwire.contracts.command;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;
import tools.jackson.databind.JsonNode;

/**
 * A task was accepted by the gateway; task-service records it as QUEUED.
 *
 * @param taskId UUIDv7 made by the gateway
 * @param owner the user the task belongs to
 * @param type the registered task type
 * @param input the type's input, already validated against its schema
 * @param options model and provider
 * @param priority 0 to 9, higher first
 * @param timeoutSeconds the longest one attempt may run
 * @param deadline when the whole task times out, or {@code null}
 * @param maxAttempts how many attempts a failing task gets
 * @param concurrencyLimit how many attempts of this owner may run at once
 * @param metadata the caller's own string tags
 * @param idempotencyKey the caller's idempotency key, or {@code null}
 * @param retryOf the task this one retries, or {@code null}
 * @param scheduleId the schedule this task was run from, or {@code null}
 */
public record TaskCreated(UUID taskId, String owner, String type, JsonNode input, TaskOptions options, int priority,
		int timeoutSeconds, Instant deadline, int maxAttempts, int concurrencyLimit, Map<String, String> metadata,
		String idempotencyKey, UUID retryOf, UUID scheduleId) implements TaskCommand {

	public TaskCreated {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(input, "input");
		options = (options != null) ? options : TaskOptions.DEFAULTS;
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
		requireWithin("priority", priority, 0, 9);
		requireWithin("timeoutSeconds", timeoutSeconds, 1, 7 * 24 * 3600);
		requireWithin("maxAttempts", maxAttempts, 1, 20);
		requireWithin("concurrencyLimit", concurrencyLimit, 1, Integer.MAX_VALUE);
	}

	private static void requireWithin(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(name + " must be within " + min + ".." + max + ", was " + value);
		}
	}

	@Override
	public String taskTypeHeader() {
		return this.type;
	}

}
