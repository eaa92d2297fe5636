package io.taskwire.task.lifecycle.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.task.lifecycle.Task;
import tools.jackson.databind.JsonNode;

/**
 * A task as the gateway reads it; absent values are left out.
 *
 * @param id the task id
 * @param owner its owner
 * @param type its type
 * @param status where it is
 * @param attempt the current attempt number
 * @param priority 0 to 9
 * @param progress the last progress
 * @param result the result
 * @param error the failure users may see
 * @param createdAt when it was accepted
 * @param startedAt when an attempt first started
 * @param finishedAt when it ended
 * @param traceId the trace id of its work
 * @param metadata the caller's tags
 * @param retryOf the task it retries
 * @param scheduleId the schedule it was run from
 * @param input its input
 * @param options model and provider
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskView(UUID id, String owner, String type, TaskStatus status, int attempt, int priority, ProgressView progress,
		JsonNode result, ErrorView error, Instant createdAt, Instant startedAt, Instant finishedAt, String traceId,
		Map<String, String> metadata, UUID retryOf, UUID scheduleId, JsonNode input, OptionsView options) {

	static TaskView of(Task task) {
		return new TaskView(task.id(), task.owner(), task.type(), task.status(), task.attempt(), task.spec().priority(),
				ProgressView.of(task.progress()), task.result(), ErrorView.of(task.error()), task.spec().createdAt(),
				task.startedAt(), task.finishedAt(), task.spec().traceId(), task.spec().metadata(),
				task.spec().retryOf(), task.spec().scheduleId(), task.spec().input(),
				new OptionsView(task.spec().options().model(), task.spec().options().provider()));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ProgressView(Integer percent, String message) {

		static ProgressView of(Progress progress) {
			return (progress != null) ? new ProgressView(progress.percent(), progress.message()) : null;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ErrorView(String kind, String message) {

		static ErrorView of(ErrorSummary error) {
			return (error != null) ? new ErrorView(error.kind().wireName(), error.message()) : null;
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OptionsView(String model, String provider) {

	}

}
