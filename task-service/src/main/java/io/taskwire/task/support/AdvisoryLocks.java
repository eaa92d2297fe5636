package io.taskwire.task.support;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * PostgreSQL advisory locks that make one pass of a loop the only one across all
 * task-service replicas. Transaction-scoped, so a crashed replica never holds one.
 */
public final class AdvisoryLocks {

	/** The dispatcher: one claim at a time keeps per-user limits exact. */
	public static final long DISPATCHER = 0x7461736b_64697370L;

	/** The outbox publisher: one sender at a time keeps each task's order. */
	public static final long OUTBOX = 0x7461736b_6f757462L;

	private AdvisoryLocks() {
	}

	/**
	 * Takes the lock for the rest of the current transaction, without waiting.
	 * @param db the client, inside a transaction
	 * @param key the lock
	 * @return whether this transaction holds it
	 */
	public static Mono<Boolean> tryTransactionLock(DatabaseClient db, long key) {
		return db.sql("SELECT pg_try_advisory_xact_lock(:key) AS locked")
			.bind("key", key)
			.map((row, metadata) -> row.get("locked", Boolean.class))
			.one();
	}

}
