package io.taskwire.contracts.status;

import java.util.UUID;

/**
 * A terminal task and its timeline were deleted; consumers drop what they keep of it.
 *
 * @param taskId the task
 * @param owner its owner
 * @param type its type
 * @param seq the timeline sequence number (the last one the task will ever have)
 */
public record TaskDeleted(UUID taskId, String owner, String type, long seq) implements StatusEvent {

	public TaskDeleted {
		StatusEvent.requireValid(taskId, owner, type, seq);
	}

}
