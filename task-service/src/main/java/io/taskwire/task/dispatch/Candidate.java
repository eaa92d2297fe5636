package io.taskwire.task.dispatch;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * A queued task that may be dispatched next.
 *
 * @param id the task
 * @param priority 0 to 9, higher first
 * @param turn its place among its owner's queued tasks, so users take turns within a
 * priority
 * @param createdAt when it was accepted
 */
record Candidate(UUID id, int priority, long turn, Instant createdAt) {

	/** Priority first, then round robin across users, then age. */
	static final Comparator<Candidate> DISPATCH_ORDER = Comparator.comparingInt(Candidate::priority)
		.reversed()
		.thenComparingLong(Candidate::turn)
		.thenComparing(Candidate::createdAt)
		.thenComparing(Candidate::id);

}
