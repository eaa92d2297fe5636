package io.taskwire.task.dispatch;

import java.util.UUID;

/**
 * An attempt that holds a slot: dispatched, running, or stopping after a cancel.
 *
 * @param taskId the task
 * @param attempt its attempt number
 * @param owner the task's owner
 * @param type the task's type
 * @param workerId the worker it was handed to
 */
record LiveAttempt(UUID taskId, int attempt, String owner, String type, String workerId) {

}
