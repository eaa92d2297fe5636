package io.taskwire.worker.execution;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.taskwire.worker.WorkerProperties;
import io.taskwire.worker.tasktype.RegisteredTaskType;
import io.taskwire.worker.tasktype.TaskTypes;

import org.springframework.stereotype.Component;

/**
 * How many more attempts of each type this instance may run
 * ({@code taskwire.worker.slots.<type>}, else {@code taskwire.worker.default-slots}).
 * Heartbeats advertise them, so task-service routes no more than fits.
 */
@Component
public class Slots {

	private final Map<String, AtomicInteger> free = new TreeMap<>();

	public Slots(TaskTypes types, WorkerProperties properties) {
		for (RegisteredTaskType type : types.all()) {
			this.free.put(type.name(), new AtomicInteger(Math.max(0, properties.slotsOf(type.name()))));
		}
	}

	/**
	 * Takes a slot of a type if one is free.
	 * @param type the task type
	 * @return whether a slot was taken
	 */
	boolean tryAcquire(String type) {
		AtomicInteger slots = this.free.get(type);
		return slots != null && slots.getAndUpdate((count) -> (count > 0) ? count - 1 : count) > 0;
	}

	void release(String type) {
		this.free.get(type).incrementAndGet();
	}

	/**
	 * Free slots per type at this moment.
	 * @return type to free slots
	 */
	public Map<String, Integer> free() {
		Map<String, Integer> snapshot = new TreeMap<>();
		this.free.forEach((type, slots) -> snapshot.put(type, slots.get()));
		return snapshot;
	}

}
