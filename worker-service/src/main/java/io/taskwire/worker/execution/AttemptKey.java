package io.taskwire.worker.execution;

import java.util.Objects;
import java.util.UUID;

/**
 * One attempt of one task: what a redelivered dispatch and a cancel order are matched on.
 *
 * @param taskId the task
 * @param attempt the attempt number
 */
record AttemptKey(UUID taskId, int attempt) {

	AttemptKey {
		Objects.requireNonNull(taskId, "taskId");
	}

	@Override
	public String toString() {
		return this.taskId + "#" + this.attempt;
	}

}
