package io.taskwire.contracts.status;

import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import tools.jackson.databind.JsonNode;

/**
 * A task moved from one status to another (or was created, with no {@code from}).
 *
 * @param taskId the task
 * @param owner its owner
 * @param type its type
 * @param seq the timeline sequence number
 * @param from the previous status, {@code null} when the task was just created
 * @param to the new status
 * @param attempt the current attempt number (0 before the first dispatch)
 * @param progress the last progress, or {@code null}
 * @param error the failure, for FAILED, TIMED_OUT and RETRY_WAIT, or {@code null}
 * @param result the result when SUCCEEDED and at most 64 KiB, else {@code null}
 * @param resultRef where to fetch a larger result, or {@code null}
 * @param scheduleId the schedule that created the task, or {@code null}
 */
public record TaskStatusChanged(UUID taskId, String owner, String type, long seq, TaskStatus from, TaskStatus to,
		int attempt, Progress progress, ErrorSummary error, JsonNode result, String resultRef,
		UUID scheduleId) implements StatusEvent {

	public TaskStatusChanged {
		StatusEvent.requireValid(taskId, owner, type, seq);
		Objects.requireNonNull(to, "to");
	}

}
