package io.taskwire.trace.call;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Statement;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.LlmCallRecorded.Outcome;
import io.taskwire.contracts.llm.Usage;

/**
 * The SQL of the {@code llm_call} table and the mapping between its rows and
 * {@link LlmCall}.
 */
final class LlmCallRows {

	/**
	 * Stores a call once (a redelivered one conflicts on its id and is skipped), and not
	 * at all when its task was deleted before it arrived.
	 */
	static final String INSERT = """
			INSERT INTO llm_call (id, event_id, task_id, attempt, owner, task_type, step, provider, model,
			    prompt_version, request, response, input_tokens, output_tokens, total_tokens, latency_ms,
			    started_at, outcome, failure_kind, redacted, truncated, recorded_at)
			SELECT $1::uuid, $2::uuid, $3::uuid, $4::integer, $5::text, $6::text, $7::text, $8::text, $9::text,
			    $10::text, $11::text::jsonb, $12::text::jsonb, $13::bigint, $14::bigint, $15::bigint, $16::bigint,
			    $17::timestamptz, $18::text, $19::text, $20::boolean, $21::boolean, $22::timestamptz
			WHERE NOT EXISTS (SELECT 1 FROM deleted_task WHERE task_id = $3::uuid)
			ON CONFLICT (id) DO NOTHING""";

	static final String COLUMNS = """
			id, event_id, task_id, attempt, owner, task_type, step, provider, model, prompt_version,
			request::text AS request, response::text AS response, input_tokens, output_tokens, total_tokens,
			latency_ms, started_at, outcome, failure_kind, redacted, truncated, recorded_at""";

	private LlmCallRows() {
	}

	static void bind(Statement statement, LlmCall call) {
		statement.bind(0, call.id())
			.bind(1, call.eventId())
			.bind(2, call.taskId())
			.bind(3, call.attempt())
			.bind(4, call.owner())
			.bind(5, call.taskType())
			.bind(6, call.step())
			.bind(7, call.provider())
			.bind(8, call.model());
		bindNullable(statement, 9, call.promptVersion());
		bindNullable(statement, 10, call.request());
		bindNullable(statement, 11, call.response());
		statement.bind(12, call.usage().inputTokens())
			.bind(13, call.usage().outputTokens())
			.bind(14, call.usage().totalTokens())
			.bind(15, call.latencyMillis())
			.bind(16, call.startedAt())
			.bind(17, call.outcome().wireName());
		bindNullable(statement, 18, (call.failureKind() != null) ? call.failureKind().wireName() : null);
		statement.bind(19, call.redacted()).bind(20, call.truncated()).bind(21, call.recordedAt());
	}

	private static void bindNullable(Statement statement, int index, String value) {
		if (value != null) {
			statement.bind(index, value);
		}
		else {
			statement.bindNull(index, String.class);
		}
	}

	static LlmCall toCall(Readable row) {
		String failureKind = row.get("failure_kind", String.class);
		return new LlmCall(row.get("id", UUID.class), row.get("event_id", UUID.class), row.get("task_id", UUID.class),
				row.get("attempt", Integer.class), row.get("owner", String.class), row.get("task_type", String.class),
				row.get("step", String.class), row.get("provider", String.class), row.get("model", String.class),
				row.get("prompt_version", String.class), row.get("request", String.class),
				row.get("response", String.class),
				new Usage(row.get("input_tokens", Long.class), row.get("output_tokens", Long.class),
						row.get("total_tokens", Long.class)),
				row.get("latency_ms", Long.class), row.get("started_at", Instant.class),
				Outcome.fromWireName(row.get("outcome", String.class)),
				(failureKind != null) ? FailureKind.fromWireName(failureKind) : null,
				row.get("redacted", Boolean.class), row.get("truncated", Boolean.class),
				row.get("recorded_at", Instant.class));
	}

}
