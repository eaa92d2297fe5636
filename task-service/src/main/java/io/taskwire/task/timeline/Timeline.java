package io.taskwire.task.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.status.StatusEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

/**
 * The timeline rows of every task, each holding the exact envelope of its
 * {@code tasks.status} message. Rows are appended in the transaction of the change they
 * record; the {@link OutboxPublisher} sends and marks them.
 */
@Repository
public class Timeline {

	private final DatabaseClient db;

	private final MessageCodec codec;

	public Timeline(DatabaseClient db, MessageCodec codec) {
		this.db = db;
		this.codec = codec;
	}

	/**
	 * Appends a row, in the caller's transaction.
	 * @param envelope the status event, whose payload carries the task id and seq
	 * @param causeId the id of the incoming message that caused it, or {@code null}
	 * @return completes when the row is written
	 */
	public Mono<Void> append(Envelope<? extends StatusEvent> envelope, UUID causeId) {
		StatusEvent event = envelope.payload();
		return this.db
			.sql("INSERT INTO timeline (task_id, seq, event_id, type, occurred_at, envelope, cause_id)"
					+ " VALUES (:taskId, :seq, :eventId, :type, :occurredAt, CAST(:envelope AS jsonb), :causeId)")
			.bind("taskId", event.taskId())
			.bind("seq", event.seq())
			.bind("eventId", envelope.eventId())
			.bind("type", envelope.type())
			.bind("occurredAt", envelope.occurredAt())
			.bind("envelope", new String(this.codec.encode(envelope), StandardCharsets.UTF_8))
			.bind("causeId", Parameter.fromOrEmpty(causeId, UUID.class))
			.then();
	}

	/**
	 * Whether an incoming message was already applied to a task, so a redelivery is
	 * dropped.
	 * @param taskId the task
	 * @param causeId the incoming message's event id
	 * @return whether a row records it
	 */
	public Mono<Boolean> hasCause(UUID taskId, UUID causeId) {
		return this.db
			.sql("SELECT EXISTS (SELECT 1 FROM timeline WHERE task_id = :taskId AND cause_id = :causeId) AS seen")
			.bind("taskId", taskId)
			.bind("causeId", causeId)
			.map((row, metadata) -> row.get("seen", Boolean.class))
			.one();
	}

	/**
	 * A task's envelopes after a seq, in seq order, as stored JSON.
	 * @param taskId the task
	 * @param afterSeq only rows with a larger seq
	 * @return the envelopes
	 */
	public Flux<String> envelopes(UUID taskId, long afterSeq) {
		return this.db
			.sql("SELECT envelope::text AS envelope FROM timeline WHERE task_id = :taskId AND seq > :afterSeq"
					+ " ORDER BY seq")
			.bind("taskId", taskId)
			.bind("afterSeq", afterSeq)
			.map((row, metadata) -> row.get("envelope", String.class))
			.all();
	}

	/**
	 * Drops the rows of a task that are already published, when it is deleted; the rest
	 * go out first and are dropped after its {@code TaskDeleted}.
	 * @param taskId the task
	 * @return completes when done
	 */
	public Mono<Void> forgetPublished(UUID taskId) {
		return this.db.sql("DELETE FROM timeline WHERE task_id = :taskId AND published_at IS NOT NULL")
			.bind("taskId", taskId)
			.then();
	}

	Flux<OutboxRow> unpublished(int limit) {
		return this.db
			.sql("SELECT position, task_id, seq, type, envelope::text AS envelope FROM timeline"
					+ " WHERE published_at IS NULL ORDER BY position LIMIT :limit")
			.bind("limit", limit)
			.map((row, metadata) -> new OutboxRow(row.get("position", Long.class), row.get("task_id", UUID.class),
					row.get("seq", Long.class), row.get("type", String.class), row.get("envelope", String.class)))
			.all();
	}

	Mono<Void> markPublished(Collection<Long> positions, Instant now) {
		if (positions.isEmpty()) {
			return Mono.empty();
		}
		return this.db.sql("UPDATE timeline SET published_at = :now WHERE position IN (:positions)")
			.bind("now", now)
			.bind("positions", positions)
			.then();
	}

	Mono<Void> forgetTasks(Collection<UUID> taskIds) {
		if (taskIds.isEmpty()) {
			return Mono.empty();
		}
		return this.db.sql("DELETE FROM timeline WHERE task_id IN (:taskIds)").bind("taskIds", taskIds).then();
	}

}
