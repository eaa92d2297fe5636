package io.taskwire.gateway.downstream;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import tools.jackson.databind.JsonNode;

/**
 * A task as task-service's internal API shows it ({@code GET /internal/v1/tasks/{id}}).
 * Fields the gateway does not use are ignored on read.
 *
 * @param id the task id
 * @param owner its owner
 * @param type its type
 * @param status where it is
 * @param attempt the current attempt, 0 before the first dispatch
 * @param progress the last progress
 * @param result the result, when it succeeded
 * @param error the failure, when it failed, timed out or waits to retry
 * @param createdAt when it was accepted
 * @param startedAt when its first attempt started
 * @param finishedAt when it reached a terminal state
 * @param traceId the W3C trace id of its work
 * @param metadata the caller's tags
 * @param retryOf the task it retries
 * @param scheduleId the schedule it was run from
 */
public record InternalTask(UUID id, String owner, String type, TaskStatus status, int attempt, Progress progress,
		JsonNode result, Failure error, Instant createdAt, Instant startedAt, Instant finishedAt, String traceId,
		Map<String, String> metadata, UUID retryOf, UUID scheduleId) {

	/**
	 * Why a task failed.
	 *
	 * @param kind the failure kind, snake_case
	 * @param message a short message
	 */
	public record Failure(String kind, String message) {
	}

}
