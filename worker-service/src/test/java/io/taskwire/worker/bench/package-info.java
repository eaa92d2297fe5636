/**
 * Benchmarks run by hand (not by {@code verify}); see
 * {@code docs/measurements/worker-service.md}.
 */
package io.taskwire.worker.bench;
