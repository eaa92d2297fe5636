package io.taskwire.contracts.command;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone asked to delete a terminal task with its timeline; its id stays as a tombstone.
 *
 * @param taskId the task
 * @param owner the task's owner
 * @param requestedBy the user who asked (the owner or an admin)
 */
public record DeleteRequested(UUID taskId, String owner, String requestedBy) implements TaskCommand {

	public DeleteRequested {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(requestedBy, "requestedBy");
	}

}
