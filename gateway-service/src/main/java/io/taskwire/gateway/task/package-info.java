/**
 * Tasks as the public API sees them: reading and validating a submission, accepting it
 * (an {@code accepted_task} row, then {@code TaskCreated} durably in Kafka, then 202),
 * and finding a task for a caller — from task-service, or from the accepted row while
 * task-service has not recorded it yet — with owner scoping on every path.
 */
package io.taskwire.gateway.task;
