-- The LLM call ledger: one row per call a worker made to a provider, stored once.
-- id is the message's callId, so a redelivered record conflicts and is skipped.
CREATE TABLE llm_call (
	id             uuid        PRIMARY KEY,
	event_id       uuid        NOT NULL,
	task_id        uuid        NOT NULL,
	attempt        integer     NOT NULL CHECK (attempt >= 1),
	owner          text        NOT NULL,
	task_type      text        NOT NULL,
	step           text        NOT NULL,
	provider       text        NOT NULL,
	model          text        NOT NULL,
	prompt_version text,
	-- Redacted, size-capped bodies. Nullable so that retention can drop them later while
	-- the counts below stay for statistics.
	request        jsonb,
	response       jsonb,
	input_tokens   bigint      NOT NULL CHECK (input_tokens >= 0),
	output_tokens  bigint      NOT NULL CHECK (output_tokens >= 0),
	total_tokens   bigint      NOT NULL CHECK (total_tokens >= 0),
	latency_ms     bigint      NOT NULL CHECK (latency_ms >= 0),
	started_at     timestamptz NOT NULL,
	outcome        text        NOT NULL CHECK (outcome IN ('ok', 'error')),
	failure_kind   text,
	redacted       boolean     NOT NULL,
	truncated      boolean     NOT NULL,
	recorded_at    timestamptz NOT NULL
);

-- A task's calls, by attempt and in order (the internal API's only query today).
CREATE INDEX llm_call_task_idx ON llm_call (task_id, attempt, started_at);

-- A user's calls over time (search and aggregates scoped to the caller).
CREATE INDEX llm_call_owner_idx ON llm_call (owner, started_at);

-- Tasks deleted on tasks.status. A call that arrives after its task was deleted (llm.calls
-- may lag behind tasks.status) is not stored, so a deleted task's calls cannot come back.
CREATE TABLE deleted_task (
	task_id    uuid        PRIMARY KEY,
	owner      text        NOT NULL,
	deleted_at timestamptz NOT NULL
);

CREATE INDEX deleted_task_deleted_at_idx ON deleted_task (deleted_at);
