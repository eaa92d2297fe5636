/**
 * The {@code noop} task type: waits, then succeeds or fails as asked; for smoke tests and
 * benchmarks.
 */
package io.taskwire.worker.tasktype.noop;
