package io.taskwire.worker.execution;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.taskwire.worker.WorkerProperties;
import io.taskwire.worker.tasktype.RegisteredTaskType;
import io.taskwire.worker.tasktype.TaskTypes;

import org.springframework.stereotype.Component;

/**
 * How many more attempts this instance may run: in all
 * ({@code taskwire.worker.max-concurrent}) and of each type
 * ({@code taskwire.worker.slots.<type>}, else {@code taskwire.worker.default-slots}). An
 * attempt takes one of each. Heartbeats advertise per type the smaller of the two, so
 * task-service routes no more than fits. Once closed (the worker is shutting down) none
 * is free.
 */
@Component
public class Slots {

	private final Map<String, AtomicInteger> free = new TreeMap<>();

	private final AtomicInteger total;

	private volatile boolean closed;

	public Slots(TaskTypes types, WorkerProperties properties) {
		for (RegisteredTaskType type : types.all()) {
			this.free.put(type.name(), new AtomicInteger(Math.max(0, properties.slotsOf(type.name()))));
		}
		this.total = new AtomicInteger(Math.max(0, properties.maxConcurrent()));
	}

	/**
	 * Takes a slot of a type, and one of the total, if both are free.
	 * @param type the task type
	 * @return whether a slot was taken
	 */
	boolean tryAcquire(String type) {
		AtomicInteger slots = this.free.get(type);
		if (this.closed || slots == null || !takeOne(slots)) {
			return false;
		}
		if (!takeOne(this.total)) {
			slots.incrementAndGet();
			return false;
		}
		return true;
	}

	private static boolean takeOne(AtomicInteger slots) {
		return slots.getAndUpdate((count) -> (count > 0) ? count - 1 : count) > 0;
	}

	void release(String type) {
		this.free.get(type).incrementAndGet();
		this.total.incrementAndGet();
	}

	/**
	 * Takes no more: every later {@link #tryAcquire} fails and no slot is advertised.
	 */
	void close() {
		this.closed = true;
	}

	/**
	 * Free slots per type at this moment: what the type has, at most what is left in all.
	 * @return type to free slots
	 */
	public Map<String, Integer> free() {
		Map<String, Integer> snapshot = new TreeMap<>();
		int left = this.closed ? 0 : this.total.get();
		this.free.forEach((type, slots) -> snapshot.put(type, Math.min(slots.get(), left)));
		return snapshot;
	}

}
