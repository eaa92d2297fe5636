/**
 * task-service: the task state machine in PostgreSQL, its timelines (the outbox of
 * {@code tasks.status}), dispatch to workers, leases and retries. Features live in
 * sub-packages: {@code lifecycle} (the state machine), {@code dispatch},
 * {@code timeline}, {@code worker}.
 */
package io.taskwire.task;
