package io.taskwire.contracts.command;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone asked to cancel a task; accepted from any non-terminal state.
 *
 * @param taskId the task
 * @param owner the task's owner
 * @param requestedBy the user who asked (the owner or an admin)
 * @param reason why, for the timeline
 */
public record CancelRequested(UUID taskId, String owner, String requestedBy, String reason) implements TaskCommand {

	public CancelRequested {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(requestedBy, "requestedBy");
	}

}
