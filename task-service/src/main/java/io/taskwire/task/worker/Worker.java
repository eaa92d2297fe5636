package io.taskwire.task.worker;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;

/**
 * A worker as of its last heartbeat.
 *
 * @param id the worker instance
 * @param freeSlots free slots per task type, as it reported them
 * @param running the attempts it reported running
 * @param partitions the {@code tasks.dispatch} partitions it reads
 * @param lastSeenAt when its last heartbeat was applied, by task-service's clock
 */
public record Worker(String id, Map<String, Integer> freeSlots, List<RunningAttempt> running, List<Integer> partitions,
		Instant lastSeenAt) {

	public Worker {
		freeSlots = Map.copyOf(freeSlots);
		running = List.copyOf(running);
		partitions = List.copyOf(partitions);
	}

	public boolean isRunning(java.util.UUID taskId, int attempt) {
		return this.running.contains(new RunningAttempt(taskId, attempt));
	}

}
