package io.taskwire.contracts.dispatch;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.taskwire.contracts.WireNames;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Stop this attempt. Every worker instance reads every partition of {@code tasks.control}
 * and keeps only the orders that name it.
 *
 * @param taskId the task
 * @param attempt the attempt to stop
 * @param workerId the worker running it
 * @param reason why it must stop
 */
public record CancelAttempt(UUID taskId, int attempt, String workerId, Reason reason) implements WorkerOrder {

	public CancelAttempt {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(workerId, "workerId");
		Objects.requireNonNull(reason, "reason");
	}

	@Override
	public String key() {
		return this.workerId;
	}

	/** Why an attempt is told to stop. */
	public enum Reason {

		/** The task was cancelled. */
		CANCELLED,
		/**
		 * The attempt is no longer the task's current one (a zombie after a lost lease).
		 */
		STALE_ATTEMPT,
		/** The attempt ran past its time limit. */
		ATTEMPT_TIMED_OUT,
		/** The task passed its deadline. */
		DEADLINE_PASSED;

		@JsonValue
		public String wireName() {
			return WireNames.of(this);
		}

		@JsonCreator
		public static Reason fromWireName(String wireName) {
			return WireNames.parse(Reason.class, wireName);
		}

	}

}
