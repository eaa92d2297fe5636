package io.taskwire.gateway.task;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.gateway.downstream.InternalTask;
import tools.jackson.databind.JsonNode;

/**
 * A task as the public API shows it. Absent values are left out.
 *
 * @param id the task id (UUIDv7)
 * @param type its type
 * @param status where it is in its lifecycle
 * @param attempt the current attempt, 0 before the first dispatch
 * @param progress the last progress reported
 * @param result the result, once it succeeded
 * @param error why it failed, timed out or waits to retry
 * @param createdAt when it was accepted
 * @param startedAt when its first attempt started
 * @param finishedAt when it reached a terminal state
 * @param traceId the W3C trace id of its work
 * @param metadata the caller's tags
 * @param retryOf the task it retries
 * @param scheduleId the schedule it was run from
 * @param links where to find more about it
 */
public record TaskView(UUID id, String type, TaskStatus status, int attempt, Progress progress, JsonNode result,
		TaskError error, Instant createdAt, Instant startedAt, Instant finishedAt, String traceId,
		Map<String, String> metadata, UUID retryOf, UUID scheduleId, Links links) {

	/** A task as task-service knows it. */
	static TaskView of(InternalTask task) {
		TaskError error = (task.error() != null) ? new TaskError(task.error().kind(), task.error().message()) : null;
		return new TaskView(task.id(), task.type(), task.status(), task.attempt(), task.progress(), task.result(),
				error, task.createdAt(), task.startedAt(), task.finishedAt(), task.traceId(),
				(task.metadata() != null) ? task.metadata() : Map.of(), task.retryOf(), task.scheduleId(),
				Links.of(task.id()));
	}

	/** A task accepted here that task-service has not recorded yet: queued. */
	static TaskView queued(AcceptedTask task) {
		return new TaskView(task.id(), task.type(), TaskStatus.QUEUED, 0, null, null, null, task.createdAt(), null,
				null, task.traceId(), task.command().metadata(), task.command().retryOf(), task.command().scheduleId(),
				Links.of(task.id()));
	}

	/**
	 * Why a task failed.
	 *
	 * @param kind the failure kind, snake_case ({@code rate_limited}, {@code timeout}, …)
	 * @param message a short message
	 */
	public record TaskError(String kind, String message) {
	}

	/**
	 * Relative links to the task's resources.
	 *
	 * @param self the task
	 * @param events its server-sent event stream
	 * @param timeline its timeline
	 * @param llmCalls its LLM calls
	 */
	public record Links(String self, String events, String timeline, String llmCalls) {

		static Links of(UUID id) {
			String self = "/api/v1/tasks/" + id;
			return new Links(self, self + "/events", self + "/timeline", self + "/llm-calls");
		}

	}

}
