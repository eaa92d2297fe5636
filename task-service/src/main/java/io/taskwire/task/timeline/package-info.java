/**
 * Every task's timeline — transitions, progress and log lines with per-task sequence
 * numbers — which is also the outbox from which {@code tasks.status} is published, in
 * order per task, at least once, surviving a crash between commit and send.
 */
package io.taskwire.task.timeline;
