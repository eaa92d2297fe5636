/**
 * What workers report: the events of an attempt on {@code tasks.worker-events} (keyed by
 * task id) and their liveness and free capacity on {@code workers.heartbeats} (keyed by
 * worker id).
 */
package io.taskwire.contracts.worker;
