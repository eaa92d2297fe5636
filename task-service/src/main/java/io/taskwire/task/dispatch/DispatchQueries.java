package io.taskwire.task.dispatch;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * What the dispatcher reads before it claims: the live attempts, and the queued tasks of
 * a type in dispatch order, leaving out those whose owner is at their limit.
 */
@Repository
class DispatchQueries {

	// turn: an owner's n-th queued task (by priority, then age) gets turn n, so ordering
	// by
	// priority, then turn, lets users take turns; tasks past the owner's free limit are
	// left out
	private static final String CANDIDATES = "WITH live AS ("
			+ " SELECT owner, count(*) AS attempts FROM task WHERE worker_id IS NOT NULL GROUP BY owner)"
			+ " SELECT q.id, q.priority, q.turn, q.created_at FROM ("
			+ " SELECT id, owner, priority, created_at, concurrency_limit,"
			+ " row_number() OVER (PARTITION BY owner ORDER BY priority DESC, created_at, id) AS turn"
			+ " FROM task WHERE status = 'QUEUED' AND type = :type) q" + " LEFT JOIN live l ON l.owner = q.owner"
			+ " WHERE q.turn <= q.concurrency_limit - coalesce(l.attempts, 0)"
			+ " ORDER BY q.priority DESC, q.turn, q.created_at, q.id LIMIT :limit";

	private final DatabaseClient db;

	DispatchQueries(DatabaseClient db) {
		this.db = db;
	}

	Flux<LiveAttempt> liveAttempts() {
		return this.db.sql("SELECT id, attempt, owner, type, worker_id FROM task WHERE worker_id IS NOT NULL")
			.map((row, metadata) -> new LiveAttempt(row.get("id", UUID.class), row.get("attempt", Integer.class),
					row.get("owner", String.class), row.get("type", String.class), row.get("worker_id", String.class)))
			.all();
	}

	Flux<Candidate> candidates(String type, int limit) {
		return this.db.sql(CANDIDATES)
			.bind("type", type)
			.bind("limit", limit)
			.map((row, metadata) -> new Candidate(row.get("id", UUID.class), row.get("priority", Integer.class),
					row.get("turn", Long.class), row.get("created_at", Instant.class)))
			.all();
	}

}
