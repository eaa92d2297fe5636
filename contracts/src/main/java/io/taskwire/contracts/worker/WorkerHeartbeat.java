package io.taskwire.contracts.worker;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.taskwire.contracts.Message;

/**
 * A worker is alive: how many more attempts of each type it can take, what it is running,
 * and which {@code tasks.dispatch} partitions it reads, so the dispatcher can route to
 * it.
 *
 * @param workerId the worker instance
 * @param freeSlots free slots per task type it runs (zero for a full type)
 * @param running the attempts it is running
 * @param partitions the {@code tasks.dispatch} partitions assigned to it
 */
public record WorkerHeartbeat(String workerId, Map<String, Integer> freeSlots, List<RunningAttempt> running,
		List<Integer> partitions) implements Message {

	public WorkerHeartbeat {
		Objects.requireNonNull(workerId, "workerId");
		freeSlots = (freeSlots != null) ? Map.copyOf(freeSlots) : Map.of();
		running = (running != null) ? List.copyOf(running) : List.of();
		partitions = (partitions != null) ? List.copyOf(partitions) : List.of();
	}

	@Override
	public String key() {
		return this.workerId;
	}

	/**
	 * One attempt a worker is running.
	 *
	 * @param taskId the task
	 * @param attempt the attempt
	 */
	public record RunningAttempt(java.util.UUID taskId, int attempt) {

		public RunningAttempt {
			Objects.requireNonNull(taskId, "taskId");
		}

	}

}
