package io.taskwire.task.dispatch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.taskwire.task.worker.Worker;

/**
 * The free slots per type of the live workers, as the dispatcher may still fill them. A
 * worker's reported free slots are reduced by the attempts handed to it that its
 * heartbeat did not yet list as running, so a heartbeat that crossed a dispatch never
 * makes room twice.
 */
final class WorkerCapacity {

	private final Map<String, Map<Worker, Integer>> freeByType = new LinkedHashMap<>();

	private WorkerCapacity() {
	}

	/**
	 * The capacity of live workers.
	 * @param workers the live workers
	 * @param liveAttempts every live attempt
	 * @return their free slots
	 */
	static WorkerCapacity of(List<Worker> workers, List<LiveAttempt> liveAttempts) {
		WorkerCapacity capacity = new WorkerCapacity();
		for (Worker worker : workers) {
			if (worker.partitions().isEmpty()) {
				continue; // nowhere to send it
			}
			Map<String, Integer> unseen = unseenAttempts(worker, liveAttempts);
			worker.freeSlots().forEach((type, reported) -> {
				int free = ((reported != null) ? reported : 0) - unseen.getOrDefault(type, 0);
				if (free > 0) {
					capacity.freeByType.computeIfAbsent(type, (t) -> new LinkedHashMap<>()).put(worker, free);
				}
			});
		}
		return capacity;
	}

	/** Free slots per type, over all workers. */
	Map<String, Integer> freeByType() {
		Map<String, Integer> totals = new LinkedHashMap<>();
		this.freeByType.forEach((type, workers) -> {
			int total = workers.values().stream().mapToInt(Integer::intValue).sum();
			if (total > 0) {
				totals.put(type, total);
			}
		});
		return totals;
	}

	/**
	 * Takes a slot for a type from the worker with the most free ones.
	 * @param type the task type
	 * @return the worker, or {@code null} when none has a free slot
	 */
	Worker take(String type) {
		Map<Worker, Integer> workers = this.freeByType.getOrDefault(type, Map.of());
		Worker chosen = null;
		int most = 0;
		for (Map.Entry<Worker, Integer> entry : workers.entrySet()) {
			if (entry.getValue() > most) {
				chosen = entry.getKey();
				most = entry.getValue();
			}
		}
		if (chosen != null) {
			workers.put(chosen, most - 1);
		}
		return chosen;
	}

	private static Map<String, Integer> unseenAttempts(Worker worker, List<LiveAttempt> liveAttempts) {
		Map<String, Integer> unseen = new HashMap<>();
		for (LiveAttempt live : liveAttempts) {
			if (live.workerId().equals(worker.id()) && !worker.isRunning(live.taskId(), live.attempt())) {
				unseen.merge(live.type(), 1, Integer::sum);
			}
		}
		return unseen;
	}

}
