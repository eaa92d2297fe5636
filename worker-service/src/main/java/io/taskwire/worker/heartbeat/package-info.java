/**
 * Heartbeats on {@code workers.heartbeats}: at a fixed interval, and at once when the
 * worker's {@code tasks.dispatch} partitions change, each one carrying free slots per
 * type, running attempts and those partitions, so task-service routes dispatches to
 * workers that can take them.
 */
package io.taskwire.worker.heartbeat;
