-- Tasks this gateway accepted. A row is written before TaskCreated is published and removed
-- again if the broker does not acknowledge it, so that right after a 202 the gateway can answer
-- for a task task-service has not recorded yet. Rows past their retention are swept.
CREATE TABLE accepted_task (
    id         uuid PRIMARY KEY,
    owner      text        NOT NULL,
    type       text        NOT NULL,
    request    jsonb       NOT NULL, -- the TaskCreated payload as published, defaults resolved
    trace_id   text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE INDEX accepted_task_created_at ON accepted_task (created_at);
