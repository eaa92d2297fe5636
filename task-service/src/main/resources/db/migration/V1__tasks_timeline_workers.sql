-- task-service's own database: tasks, their timelines (the outbox of tasks.status),
-- attempts, tombstones of deleted tasks and the workers' last heartbeats.
-- Times are always passed in by the service's clock; nothing here calls now().

CREATE TABLE task (
	id                uuid PRIMARY KEY,
	owner             text NOT NULL,
	type              text NOT NULL,
	status            text NOT NULL CHECK (status IN ('QUEUED', 'DISPATCHED', 'RUNNING', 'RETRY_WAIT',
	                                                  'SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT')),
	-- the current attempt number: +1 on every dispatch, the fencing token
	attempt           int NOT NULL DEFAULT 0 CHECK (attempt >= 0),
	-- attempts that ended in a failure; rejected, released and expired dispatches do not count
	attempts_used     int NOT NULL DEFAULT 0 CHECK (attempts_used >= 0),
	priority          int NOT NULL CHECK (priority BETWEEN 0 AND 9),
	input             jsonb NOT NULL,
	options           jsonb NOT NULL DEFAULT '{}',
	timeout_seconds   int NOT NULL CHECK (timeout_seconds > 0),
	deadline          timestamptz,
	max_attempts      int NOT NULL CHECK (max_attempts > 0),
	concurrency_limit int NOT NULL CHECK (concurrency_limit > 0),
	metadata          jsonb NOT NULL DEFAULT '{}',
	idempotency_key   text,
	retry_of          uuid,
	schedule_id       uuid,
	trace_id          text,
	traceparent       text NOT NULL,
	progress_percent  int CHECK (progress_percent BETWEEN 0 AND 100),
	progress_message  text,
	checkpoint        jsonb,
	result            jsonb,
	error_kind        text,
	error_message     text,
	-- set while an attempt is live (dispatched, running or stopping after a cancel); what
	-- the concurrency limit and the workers' free slots count
	worker_id         text,
	-- DISPATCHED: until when the worker may start it; a stopping attempt: until when it counts
	lease_expires_at  timestamptz,
	next_attempt_at   timestamptz,
	created_at        timestamptz NOT NULL,
	started_at        timestamptz,
	finished_at       timestamptz,
	updated_at        timestamptz NOT NULL,
	-- seq of the task's last timeline row; also the row version every compare-and-set checks
	last_seq          bigint NOT NULL CHECK (last_seq >= 1)
);

-- the dispatcher's claim: queued tasks of a type by priority, then age
CREATE INDEX task_queued ON task (type, priority DESC, created_at, id) INCLUDE (owner, concurrency_limit)
	WHERE status = 'QUEUED';
CREATE INDEX task_retry_due ON task (next_attempt_at) WHERE status = 'RETRY_WAIT';
CREATE INDEX task_dispatch_lease ON task (lease_expires_at) WHERE status = 'DISPATCHED';
-- live attempts per worker and per owner (free slots, concurrency limits, lost workers)
CREATE INDEX task_live_attempt ON task (worker_id) INCLUDE (owner, type, attempt, status)
	WHERE worker_id IS NOT NULL;
CREATE INDEX task_owner_created ON task (owner, created_at DESC);

-- A task's timeline, and the outbox from which tasks.status is published: each row holds
-- the exact envelope that is (or will be) sent. No foreign key to task: after a delete the
-- rows that are not yet published (ending with TaskDeleted) must still go out.
CREATE TABLE timeline (
	task_id      uuid NOT NULL,
	seq          bigint NOT NULL CHECK (seq >= 1),
	event_id     uuid NOT NULL,
	type         text NOT NULL,
	occurred_at  timestamptz NOT NULL,
	envelope     jsonb NOT NULL,
	-- the incoming command or worker event that caused the row, so a redelivery is seen
	cause_id     uuid,
	-- insertion order, for the outbox scan; increasing per task as seq is
	position     bigint GENERATED ALWAYS AS IDENTITY,
	published_at timestamptz,
	PRIMARY KEY (task_id, seq)
);

CREATE UNIQUE INDEX timeline_cause ON timeline (task_id, cause_id) WHERE cause_id IS NOT NULL;
CREATE INDEX timeline_unpublished ON timeline (position) WHERE published_at IS NULL;

-- One row per dispatch of a task, with what became of it; error detail (a handler's stack
-- trace) lives here, for admins only, never on tasks.status.
CREATE TABLE attempt (
	task_id       uuid NOT NULL,
	attempt       int NOT NULL,
	worker_id     text NOT NULL,
	dispatched_at timestamptz NOT NULL,
	started_at    timestamptz,
	ended_at      timestamptz,
	outcome       text,
	error_kind    text,
	error_message text,
	detail        text,
	PRIMARY KEY (task_id, attempt)
);

-- Deleted task ids, so that a redelivered TaskCreated cannot bring them back.
CREATE TABLE task_tombstone (
	id         uuid PRIMARY KEY,
	owner      text NOT NULL,
	deleted_at timestamptz NOT NULL
);

-- Each worker's last heartbeat, as it reported it, and when it arrived by our clock.
CREATE TABLE worker (
	id           text PRIMARY KEY,
	free_slots   jsonb NOT NULL,
	running      jsonb NOT NULL,
	partitions   int[] NOT NULL,
	last_seen_at timestamptz NOT NULL
);
