package io.taskwire.task.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.worker.Worker;

/**
 * Which claimed task goes to which worker: in dispatch order, each task whose owner is
 * below its concurrency limit (counting live attempts and those planned in this pass) and
 * whose type has a free slot.
 */
final class DispatchPlan {

	private DispatchPlan() {
	}

	/**
	 * Plans one pass.
	 * @param claimed the claimed tasks, in dispatch order
	 * @param liveAttempts every live attempt
	 * @param capacity the workers' free slots, taken as tasks are planned
	 * @return the assignments
	 */
	static List<Assignment> plan(List<Task> claimed, List<LiveAttempt> liveAttempts, WorkerCapacity capacity) {
		Map<String, Integer> liveByOwner = new HashMap<>();
		liveAttempts.forEach((live) -> liveByOwner.merge(live.owner(), 1, Integer::sum));
		List<Assignment> assignments = new ArrayList<>();
		for (Task task : claimed) {
			if (liveByOwner.getOrDefault(task.owner(), 0) >= task.spec().concurrencyLimit()) {
				continue;
			}
			Worker worker = capacity.take(task.type());
			if (worker != null) {
				liveByOwner.merge(task.owner(), 1, Integer::sum);
				assignments.add(new Assignment(task, worker));
			}
		}
		return assignments;
	}

	/**
	 * A task and the worker it goes to.
	 *
	 * @param task the claimed task
	 * @param worker the worker
	 */
	record Assignment(Task task, Worker worker) {

	}

}
