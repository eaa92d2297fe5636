package io.taskwire.task.lifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.taskwire.contracts.MessageCodec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * The tasks, in PostgreSQL. Every change is a compare-and-set against the task as it was
 * read; zero rows updated means another writer won, reported as {@link LostRace}.
 */
@Repository
public class Tasks {

	private static final String SELECT = "SELECT " + TaskRows.COLUMNS + " FROM task";

	private static final String INSERT = "INSERT INTO task (id, owner, type, status, priority, input, options,"
			+ " timeout_seconds, deadline, max_attempts, concurrency_limit, metadata, idempotency_key, retry_of,"
			+ " schedule_id, trace_id, traceparent, created_at, updated_at, last_seq)"
			+ " SELECT :id, :owner, :type, 'QUEUED', :priority, CAST(:input AS jsonb), CAST(:options AS jsonb),"
			+ " :timeoutSeconds, :deadline, :maxAttempts, :concurrencyLimit, CAST(:metadata AS jsonb),"
			+ " :idempotencyKey, :retryOf, :scheduleId, :traceId, :traceparent, :createdAt, :updatedAt, 1"
			+ " WHERE NOT EXISTS (SELECT 1 FROM task_tombstone WHERE id = :id) ON CONFLICT (id) DO NOTHING";

	// last_seq doubles as the row version: any write in between, even a progress note,
	// wins
	private static final String COMPARE_AND_SET = "UPDATE task SET status = :status, attempt = :attempt,"
			+ " attempts_used = :attemptsUsed, worker_id = :workerId, lease_expires_at = :leaseExpiresAt,"
			+ " next_attempt_at = :nextAttemptAt, progress_percent = :progressPercent,"
			+ " progress_message = :progressMessage, checkpoint = CAST(:checkpoint AS jsonb),"
			+ " result = CAST(:result AS jsonb), error_kind = :errorKind, error_message = :errorMessage,"
			+ " started_at = :startedAt, finished_at = :finishedAt, updated_at = :updatedAt, last_seq = :seq"
			+ " WHERE id = :id AND status = :fromStatus AND attempt = :fromAttempt AND last_seq = :fromSeq";

	private final DatabaseClient db;

	private final TaskRows rows;

	public Tasks(DatabaseClient db, MessageCodec codec) {
		this.db = db;
		this.rows = new TaskRows(codec.mapper());
	}

	public Mono<Task> find(UUID id) {
		return this.db.sql(SELECT + " WHERE id = :id").bind("id", id).map((row, metadata) -> this.rows.map(row)).one();
	}

	/**
	 * A task as its owner (or an admin) may see it; the owner is part of the query, so
	 * another user's task is as absent as a missing one.
	 * @param id the task id
	 * @param owner the user asking, or {@code null} for an admin
	 * @return the task, or empty
	 */
	public Mono<Task> findVisible(UUID id, String owner) {
		if (owner == null) {
			return find(id);
		}
		return this.db.sql(SELECT + " WHERE id = :id AND owner = :owner")
			.bind("id", id)
			.bind("owner", owner)
			.map((row, metadata) -> this.rows.map(row))
			.one();
	}

	/**
	 * Records a task just accepted, unless it exists or was deleted.
	 * @param task the queued task
	 * @return whether it was inserted
	 */
	public Mono<Boolean> insert(Task task) {
		TaskSpec spec = task.spec();
		return this.db.sql(INSERT)
			.bind("id", task.id())
			.bind("owner", spec.owner())
			.bind("type", spec.type())
			.bind("priority", spec.priority())
			.bind("input", this.rows.text(spec.input()))
			.bind("options", this.rows.text(spec.options()))
			.bind("timeoutSeconds", spec.timeoutSeconds())
			.bind("deadline", Parameter.fromOrEmpty(spec.deadline(), Instant.class))
			.bind("maxAttempts", spec.maxAttempts())
			.bind("concurrencyLimit", spec.concurrencyLimit())
			.bind("metadata", this.rows.text(spec.metadata()))
			.bind("idempotencyKey", Parameter.fromOrEmpty(spec.idempotencyKey(), String.class))
			.bind("retryOf", Parameter.fromOrEmpty(spec.retryOf(), UUID.class))
			.bind("scheduleId", Parameter.fromOrEmpty(spec.scheduleId(), UUID.class))
			.bind("traceId", spec.traceId())
			.bind("traceparent", spec.traceparent())
			.bind("createdAt", spec.createdAt())
			.bind("updatedAt", task.updatedAt())
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	/**
	 * Writes a changed task if it is still as it was read.
	 * @param before the task as read
	 * @param after the task as it becomes
	 * @param seq the seq of the timeline row written with the change
	 * @return completes when written; {@link LostRace} when another writer came first
	 */
	public Mono<Void> compareAndSet(Task before, Task after, long seq) {
		return this.rows.bindState(this.db.sql(COMPARE_AND_SET), after)
			.bind("seq", seq)
			.bind("id", before.id())
			.bind("fromStatus", before.status().name())
			.bind("fromAttempt", before.attempt())
			.bind("fromSeq", before.lastSeq())
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 1) ? Mono.empty() : Mono.error(new LostRace(before.id())));
	}

	/**
	 * Deletes a task and keeps its id as a tombstone.
	 * @param task the task as read
	 * @param now the clock's time
	 * @return completes when deleted; {@link LostRace} when it changed meanwhile
	 */
	public Mono<Void> delete(Task task, Instant now) {
		Mono<Void> tombstone = this.db
			.sql("INSERT INTO task_tombstone (id, owner, deleted_at) VALUES (:id, :owner, :now)"
					+ " ON CONFLICT (id) DO NOTHING")
			.bind("id", task.id())
			.bind("owner", task.owner())
			.bind("now", now)
			.then();
		return this.db.sql("DELETE FROM task WHERE id = :id AND last_seq = :seq")
			.bind("id", task.id())
			.bind("seq", task.lastSeq())
			.fetch()
			.rowsUpdated()
			.flatMap((count) -> (count == 1) ? tombstone : Mono.error(new LostRace(task.id())));
	}

	/** Dispatched attempts that did not start within their lease. */
	public Flux<Task> expiredDispatches(Instant now, int limit) {
		return select(
				" WHERE status = 'DISPATCHED' AND lease_expires_at <= :now ORDER BY lease_expires_at" + " LIMIT :limit",
				now, limit);
	}

	/** Running attempts whose worker has not beaten since {@code liveSince}. */
	public Flux<Task> silentRunning(Instant liveSince, int limit) {
		return select(" WHERE status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM worker w"
				+ " WHERE w.id = task.worker_id AND w.last_seen_at >= :now) LIMIT :limit", liveSince, limit);
	}

	/** Attempts of ended tasks that never confirmed they stopped within their lease. */
	public Flux<Task> unconfirmedStops(Instant now, int limit) {
		return select(" WHERE status IN ('SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT')"
				+ " AND worker_id IS NOT NULL AND lease_expires_at <= :now LIMIT :limit", now, limit);
	}

	/** Tasks whose backoff is over, locked for the caller's transaction. */
	public Flux<Task> lockDueRetries(Instant now, int limit) {
		return select(" WHERE status = 'RETRY_WAIT' AND next_attempt_at <= :now ORDER BY next_attempt_at"
				+ " LIMIT :limit FOR UPDATE SKIP LOCKED", now, limit);
	}

	/**
	 * Locks queued tasks for the caller's transaction, skipping those another transaction
	 * holds.
	 * @param ids the candidates
	 * @return those still queued and now locked
	 */
	public Flux<Task> lockQueued(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.db.sql(SELECT + " WHERE id IN (:ids) AND status = 'QUEUED' FOR UPDATE SKIP LOCKED")
			.bind("ids", ids)
			.map((row, metadata) -> this.rows.map(row))
			.all();
	}

	private Flux<Task> select(String where, Instant now, int limit) {
		return this.db.sql(SELECT + where)
			.bind("now", now)
			.bind("limit", limit)
			.map((row, metadata) -> this.rows.map(row))
			.all();
	}

}
