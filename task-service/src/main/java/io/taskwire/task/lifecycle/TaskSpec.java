package io.taskwire.task.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.command.TaskCreated;
import tools.jackson.databind.JsonNode;

/**
 * What a task was created with; it never changes.
 *
 * @param owner the user the task belongs to
 * @param type the task type
 * @param input the type's input
 * @param options model and provider
 * @param priority 0 to 9, higher first
 * @param timeoutSeconds the longest one attempt may run
 * @param deadline when the whole task times out, or {@code null}
 * @param maxAttempts how many failed attempts end the task
 * @param concurrencyLimit how many attempts of the owner may be live at once
 * @param metadata the caller's string tags
 * @param idempotencyKey the caller's idempotency key, or {@code null}
 * @param retryOf the task this one retries, or {@code null}
 * @param scheduleId the schedule it was run from, or {@code null}
 * @param traceparent the trace context every message about the task continues
 * @param createdAt when the gateway accepted it
 */
public record TaskSpec(String owner, String type, JsonNode input, TaskOptions options, int priority, int timeoutSeconds,
		Instant deadline, int maxAttempts, int concurrencyLimit, Map<String, String> metadata, String idempotencyKey,
		UUID retryOf, UUID scheduleId, String traceparent, Instant createdAt) {

	public TaskSpec {
		options = (options != null) ? options : TaskOptions.DEFAULTS;
		metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
	}

	/**
	 * The spec of a task the gateway created.
	 * @param created the command
	 * @param traceparent the command's trace context
	 * @param createdAt when the gateway accepted it
	 * @return the spec
	 */
	public static TaskSpec of(TaskCreated created, String traceparent, Instant createdAt) {
		return new TaskSpec(created.owner(), created.type(), created.input(), created.options(), created.priority(),
				created.timeoutSeconds(), created.deadline(), created.maxAttempts(), created.concurrencyLimit(),
				created.metadata(), created.idempotencyKey(), created.retryOf(), created.scheduleId(),
				Traceparent.isValid(traceparent) ? traceparent : Traceparent.newRoot(), createdAt);
	}

	public String traceId() {
		return Traceparent.traceId(this.traceparent);
	}

}
