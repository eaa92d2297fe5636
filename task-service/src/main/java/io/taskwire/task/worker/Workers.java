package io.taskwire.task.worker;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Row;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The workers' last heartbeats.
 */
@Repository
public class Workers {

	private static final TypeReference<Map<String, Integer>> FREE_SLOTS = new TypeReference<>() {
	};

	private static final TypeReference<List<RunningAttempt>> RUNNING = new TypeReference<>() {
	};

	private final DatabaseClient db;

	private final JsonMapper mapper;

	public Workers(DatabaseClient db, MessageCodec codec) {
		this.db = db;
		this.mapper = codec.mapper();
	}

	/**
	 * Records a heartbeat as the worker's current state.
	 * @param heartbeat what the worker reported
	 * @param now the clock's time
	 * @return completes when written
	 */
	public Mono<Void> beat(WorkerHeartbeat heartbeat, Instant now) {
		return this.db
			.sql("INSERT INTO worker (id, free_slots, running, partitions, last_seen_at)"
					+ " VALUES (:id, CAST(:freeSlots AS jsonb), CAST(:running AS jsonb), :partitions, :now)"
					+ " ON CONFLICT (id) DO UPDATE SET free_slots = EXCLUDED.free_slots, running = EXCLUDED.running,"
					+ " partitions = EXCLUDED.partitions, last_seen_at = EXCLUDED.last_seen_at")
			.bind("id", heartbeat.workerId())
			.bind("freeSlots", this.mapper.writeValueAsString(heartbeat.freeSlots()))
			.bind("running", this.mapper.writeValueAsString(heartbeat.running()))
			.bind("partitions", heartbeat.partitions().toArray(Integer[]::new))
			.bind("now", now)
			.then();
	}

	/**
	 * Workers whose last heartbeat arrived at or after a time.
	 * @param liveSince the oldest heartbeat that still counts
	 * @return the live workers
	 */
	public Flux<Worker> live(Instant liveSince) {
		return this.db
			.sql("SELECT id, free_slots::text AS free_slots, running::text AS running, partitions, last_seen_at"
					+ " FROM worker WHERE last_seen_at >= :liveSince ORDER BY id")
			.bind("liveSince", liveSince)
			.map((row, metadata) -> map(row))
			.all();
	}

	private Worker map(Row row) {
		Integer[] partitions = row.get("partitions", Integer[].class);
		return new Worker(row.get("id", String.class),
				this.mapper.readValue(row.get("free_slots", String.class), FREE_SLOTS),
				this.mapper.readValue(row.get("running", String.class), RUNNING),
				(partitions != null) ? Arrays.asList(partitions) : List.of(), row.get("last_seen_at", Instant.class));
	}

}
