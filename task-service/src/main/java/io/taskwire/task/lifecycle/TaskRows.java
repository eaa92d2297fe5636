package io.taskwire.task.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Row;
import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.TaskStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;

/**
 * How a {@link Task} maps to a row of {@code task}: JSON columns travel as text and are
 * cast in SQL, so no driver type leaks into the code.
 */
final class TaskRows {

	static final String COLUMNS = "id, owner, type, status, attempt, attempts_used, priority, input::text AS input,"
			+ " options::text AS options, timeout_seconds, deadline, max_attempts, concurrency_limit,"
			+ " metadata::text AS metadata, idempotency_key, retry_of, schedule_id, traceparent, progress_percent,"
			+ " progress_message, checkpoint::text AS checkpoint, result::text AS result, error_kind, error_message,"
			+ " worker_id, lease_expires_at, next_attempt_at, created_at, started_at, finished_at, updated_at, last_seq";

	private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {
	};

	private final JsonMapper mapper;

	TaskRows(JsonMapper mapper) {
		this.mapper = mapper;
	}

	Task map(Row row) {
		TaskSpec spec = new TaskSpec(row.get("owner", String.class), row.get("type", String.class), json(row, "input"),
				this.mapper.readValue(row.get("options", String.class), TaskOptions.class),
				row.get("priority", Integer.class), row.get("timeout_seconds", Integer.class),
				row.get("deadline", Instant.class), row.get("max_attempts", Integer.class),
				row.get("concurrency_limit", Integer.class),
				this.mapper.readValue(row.get("metadata", String.class), METADATA),
				row.get("idempotency_key", String.class), row.get("retry_of", UUID.class),
				row.get("schedule_id", UUID.class), row.get("traceparent", String.class),
				row.get("created_at", Instant.class));
		return new Task(row.get("id", UUID.class), spec, TaskStatus.valueOf(row.get("status", String.class)),
				row.get("attempt", Integer.class), row.get("attempts_used", Integer.class),
				row.get("worker_id", String.class), row.get("lease_expires_at", Instant.class),
				row.get("next_attempt_at", Instant.class), progress(row), json(row, "checkpoint"), json(row, "result"),
				error(row), row.get("started_at", Instant.class), row.get("finished_at", Instant.class),
				row.get("updated_at", Instant.class), row.get("last_seq", Long.class));
	}

	/** Binds the columns that change over a task's life, as {@code :name} parameters. */
	GenericExecuteSpec bindState(GenericExecuteSpec spec, Task task) {
		Progress progress = task.progress();
		ErrorSummary error = task.error();
		return spec.bind("status", task.status().name())
			.bind("attempt", task.attempt())
			.bind("attemptsUsed", task.attemptsUsed())
			.bind("workerId", Parameter.fromOrEmpty(task.workerId(), String.class))
			.bind("leaseExpiresAt", Parameter.fromOrEmpty(task.leaseExpiresAt(), Instant.class))
			.bind("nextAttemptAt", Parameter.fromOrEmpty(task.nextAttemptAt(), Instant.class))
			.bind("progressPercent",
					Parameter.fromOrEmpty((progress != null) ? progress.percent() : null, Integer.class))
			.bind("progressMessage",
					Parameter.fromOrEmpty((progress != null) ? progress.message() : null, String.class))
			.bind("checkpoint", Parameter.fromOrEmpty(text(task.checkpoint()), String.class))
			.bind("result", Parameter.fromOrEmpty(text(task.result()), String.class))
			.bind("errorKind", Parameter.fromOrEmpty((error != null) ? error.kind().wireName() : null, String.class))
			.bind("errorMessage", Parameter.fromOrEmpty((error != null) ? error.message() : null, String.class))
			.bind("startedAt", Parameter.fromOrEmpty(task.startedAt(), Instant.class))
			.bind("finishedAt", Parameter.fromOrEmpty(task.finishedAt(), Instant.class))
			.bind("updatedAt", task.updatedAt());
	}

	String text(Object json) {
		return (json != null) ? this.mapper.writeValueAsString(json) : null;
	}

	private JsonNode json(Row row, String column) {
		String text = row.get(column, String.class);
		return (text != null) ? this.mapper.readTree(text) : null;
	}

	private static Progress progress(Row row) {
		Integer percent = row.get("progress_percent", Integer.class);
		String message = row.get("progress_message", String.class);
		return (percent == null && message == null) ? null : new Progress(percent, message);
	}

	private static ErrorSummary error(Row row) {
		String kind = row.get("error_kind", String.class);
		return (kind != null) ? new ErrorSummary(FailureKind.fromWireName(kind), row.get("error_message", String.class))
				: null;
	}

}
