/**
 * Publishes the task types this worker runs on the compacted {@code tasks.types}, from
 * which the gateway learns which types exist, their schemas and defaults.
 */
package io.taskwire.worker.registry;
