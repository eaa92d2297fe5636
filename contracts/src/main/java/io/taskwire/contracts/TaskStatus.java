package io.taskwire.contracts;

/**
 * Where a task is in its lifecycle. On the wire the upper-case name, as in the public
 * API.
 */
public enum TaskStatus {

	/** Accepted and waiting for a free slot. */
	QUEUED,
	/** Handed to a worker; the lease runs until the worker starts it. */
	DISPATCHED,
	/** A worker is running the current attempt. */
	RUNNING,
	/** The last attempt failed and the next one waits for its backoff. */
	RETRY_WAIT,
	/** Finished with a result. */
	SUCCEEDED,
	/** Failed with no attempt left, or with a failure that retrying cannot fix. */
	FAILED,
	/** Cancelled by its owner or an admin. */
	CANCELLED,
	/** An attempt ran past its time limit, or the task passed its deadline. */
	TIMED_OUT;

	public boolean isTerminal() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == TIMED_OUT;
	}

}
