package io.taskwire.task;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How task-service paces its loops and how long it trusts workers.
 *
 * @param dispatch the dispatcher's loop
 * @param dispatchLease how long a dispatched attempt may take to start before the task is
 * queued again, and how long a cancelled attempt still counts while it stops
 * @param workerTimeout a worker whose last heartbeat is older than this is gone: no more
 * dispatches to it, and its running attempts are lost
 * @param outbox the outbox publisher's loop
 * @param sweep the lease sweeper's loop
 * @param retry backoff between failed attempts
 * @param applyTimeout the longest a listener waits for one batch to be applied before it
 * fails and the batch is retried
 */
@ConfigurationProperties("taskwire.task")
public record TaskProperties(@DefaultValue Dispatch dispatch, @DefaultValue("30s") Duration dispatchLease,
		@DefaultValue("15s") Duration workerTimeout, @DefaultValue Outbox outbox, @DefaultValue Sweep sweep,
		@DefaultValue Retry retry, @DefaultValue("60s") Duration applyTimeout) {

	/**
	 * The dispatcher's loop.
	 *
	 * @param interval how often it looks for queued tasks (it is also woken when one
	 * arrives or a slot frees up)
	 * @param batchSize most tasks claimed per type in one pass
	 */
	public record Dispatch(@DefaultValue("100ms") Duration interval, @DefaultValue("100") int batchSize) {

	}

	/**
	 * The outbox publisher's loop.
	 *
	 * @param interval how often it looks for unpublished timeline rows (it is also woken
	 * after commits)
	 * @param batchSize most rows sent in one pass
	 */
	public record Outbox(@DefaultValue("50ms") Duration interval, @DefaultValue("500") int batchSize) {

	}

	/**
	 * The lease sweeper's loop.
	 *
	 * @param interval how often it looks for expired leases and lost workers
	 * @param batchSize most tasks of each kind handled in one pass
	 */
	public record Sweep(@DefaultValue("1s") Duration interval, @DefaultValue("100") int batchSize) {

	}

	/**
	 * Exponential backoff with full jitter between failed attempts.
	 *
	 * @param initialBackoff the cap of the first wait
	 * @param maxBackoff the largest cap
	 */
	public record Retry(@DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff) {

	}

}
