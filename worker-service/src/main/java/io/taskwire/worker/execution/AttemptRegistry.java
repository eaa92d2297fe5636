package io.taskwire.worker.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attempts running here, and the last few thousand that ended here, so a redelivered
 * dispatch runs once. Not thread-safe: the executor guards it.
 */
final class AttemptRegistry {

	/** How an attempt that is no longer running ended, as far as dispatch cares. */
	enum Ended {

		/** Ran (or was rejected) here and reported it. */
		REPORTED,
		/** Its cancel order came before its dispatch. */
		CANCELLED_BEFORE_DISPATCH

	}

	private final Map<AttemptKey, Attempt> running = new LinkedHashMap<>();

	private final Map<AttemptKey, Ended> ended;

	AttemptRegistry(int remembered) {
		this.ended = new LinkedHashMap<>(16, 0.75f, false) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<AttemptKey, Ended> eldest) {
				return size() > remembered;
			}

		};
	}

	boolean isKnown(AttemptKey key) {
		return this.running.containsKey(key) || this.ended.get(key) == Ended.REPORTED;
	}

	boolean wasCancelledBeforeDispatch(AttemptKey key) {
		return this.ended.get(key) == Ended.CANCELLED_BEFORE_DISPATCH;
	}

	Attempt running(AttemptKey key) {
		return this.running.get(key);
	}

	void add(Attempt attempt) {
		this.running.put(attempt.key(), attempt);
	}

	void remember(AttemptKey key, Ended how) {
		this.running.remove(key);
		this.ended.put(key, how);
	}

	void forget(AttemptKey key) {
		this.running.remove(key);
	}

	List<Attempt> runningAttempts() {
		return new ArrayList<>(this.running.values());
	}

}
