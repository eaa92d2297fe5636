package io.taskwire.gateway.task;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.command.TaskCreated;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@code accepted_task} table. Owner scoping is in the SQL; times come from the
 * caller's clock.
 */
public class AcceptedTasks {

	private static final String COLUMNS = "request::text AS request, trace_id, created_at";

	private final DatabaseClient db;

	private final MessageCodec codec;

	public AcceptedTasks(DatabaseClient db, MessageCodec codec) {
		this.db = db;
		this.codec = codec;
	}

	public Mono<Void> insert(AcceptedTask task) {
		return this.db
			.sql("INSERT INTO accepted_task (id, owner, type, request, trace_id, created_at) "
					+ "VALUES (:id, :owner, :type, CAST(:request AS jsonb), :traceId, :createdAt)")
			.bind("id", task.id())
			.bind("owner", task.owner())
			.bind("type", task.type())
			.bind("request", this.codec.mapper().writeValueAsString(task.command()))
			.bind("traceId", task.traceId())
			.bind("createdAt", task.createdAt())
			.then();
	}

	/**
	 * An accepted task, if the owner may see it.
	 * @param id the task id
	 * @param owner the owner to scope to, or {@code null} for any owner (admin)
	 * @return the task, or empty
	 */
	public Mono<AcceptedTask> find(UUID id, String owner) {
		DatabaseClient.GenericExecuteSpec query = (owner != null)
				? this.db.sql("SELECT " + COLUMNS + " FROM accepted_task WHERE id = :id AND owner = :owner")
					.bind("owner", owner)
				: this.db.sql("SELECT " + COLUMNS + " FROM accepted_task WHERE id = :id");
		return query.bind("id", id).map(this::read).one();
	}

	public Mono<Void> delete(UUID id) {
		return this.db.sql("DELETE FROM accepted_task WHERE id = :id").bind("id", id).then();
	}

	/**
	 * Removes rows accepted before a time.
	 * @param cutoff the time
	 * @return how many were removed
	 */
	public Mono<Long> deleteAcceptedBefore(Instant cutoff) {
		return this.db.sql("DELETE FROM accepted_task WHERE created_at < :cutoff")
			.bind("cutoff", cutoff)
			.fetch()
			.rowsUpdated();
	}

	private AcceptedTask read(Readable row) {
		TaskCreated command = this.codec.mapper().readValue(row.get("request", String.class), TaskCreated.class);
		return new AcceptedTask(command, row.get("trace_id", String.class), row.get("created_at", Instant.class));
	}

}
