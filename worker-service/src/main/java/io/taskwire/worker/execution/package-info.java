/**
 * Running attempts: consuming {@code tasks.dispatch} (static group membership), admitting
 * or rejecting each dispatch against the type catalogue and the free slots, running the
 * handler asynchronously under the attempt time limit, throttling progress, reporting the
 * outcome on {@code tasks.worker-events}, acting on the {@code CancelAttempt}s of
 * {@code tasks.control} that name this worker, and handing running attempts back on
 * shutdown.
 */
package io.taskwire.worker.execution;
