package io.taskwire.contracts.worker;

import java.util.Objects;
import java.util.UUID;

final class WorkerEvents {

	private WorkerEvents() {
	}

	static void requireValid(UUID taskId, int attempt, String workerId) {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(workerId, "workerId");
		if (attempt < 1) {
			throw new IllegalArgumentException("attempt must be positive, was " + attempt);
		}
	}

}
