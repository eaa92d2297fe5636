package io.taskwire.trace.call;

import java.time.Instant;
import java.util.UUID;

/**
 * A task whose calls are to be removed, and kept out from then on.
 *
 * @param taskId the task
 * @param owner its owner
 * @param deletedAt when trace-service learnt of the deletion
 */
public record DeletedTask(UUID taskId, String owner, Instant deletedAt) {

}
