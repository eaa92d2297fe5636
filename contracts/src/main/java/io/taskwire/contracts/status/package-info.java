/**
 * The timeline of every task as task-service publishes it on {@code tasks.status}, from
 * its outbox, in order per task and each sequence number exactly once.
 */
package io.taskwire.contracts.status;
