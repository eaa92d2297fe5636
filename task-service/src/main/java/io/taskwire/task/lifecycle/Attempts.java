package io.taskwire.task.lifecycle;

import java.time.Instant;
import java.util.UUID;

import io.taskwire.contracts.ErrorSummary;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * One row per dispatch of a task: when it was dispatched, started and ended, how, and the
 * error detail (a handler's stack trace) that only admins may see.
 */
@Repository
public class Attempts {

	private final DatabaseClient db;

	public Attempts(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> dispatched(Task task, Instant now) {
		return this.db
			.sql("INSERT INTO attempt (task_id, attempt, worker_id, dispatched_at)"
					+ " VALUES (:taskId, :attempt, :workerId, :now) ON CONFLICT DO NOTHING")
			.bind("taskId", task.id())
			.bind("attempt", task.attempt())
			.bind("workerId", task.workerId())
			.bind("now", now)
			.then();
	}

	Mono<Void> started(Task task, Instant now) {
		return this.db
			.sql("UPDATE attempt SET started_at = :now"
					+ " WHERE task_id = :taskId AND attempt = :attempt AND started_at IS NULL")
			.bind("now", now)
			.bind("taskId", task.id())
			.bind("attempt", task.attempt())
			.then();
	}

	Mono<Void> ended(Task task, String outcome, ErrorSummary error, String detail, Instant now) {
		return this.db
			.sql("UPDATE attempt SET ended_at = :now, outcome = :outcome, error_kind = :errorKind,"
					+ " error_message = :errorMessage, detail = :detail"
					+ " WHERE task_id = :taskId AND attempt = :attempt AND ended_at IS NULL")
			.bind("now", now)
			.bind("outcome", outcome)
			.bind("errorKind", Parameter.fromOrEmpty((error != null) ? error.kind().wireName() : null, String.class))
			.bind("errorMessage", Parameter.fromOrEmpty((error != null) ? error.message() : null, String.class))
			.bind("detail", Parameter.fromOrEmpty(detail, String.class))
			.bind("taskId", task.id())
			.bind("attempt", task.attempt())
			.then();
	}

	Mono<Void> deleteOf(UUID taskId) {
		return this.db.sql("DELETE FROM attempt WHERE task_id = :taskId").bind("taskId", taskId).then();
	}

}
