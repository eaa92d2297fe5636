/**
 * The lifecycle's Kafka side: commands from {@code tasks.commands} and attempts' events
 * from {@code tasks.worker-events}, consumed in batches and applied in order per task;
 * bad records go to the topics' DLTs.
 */
package io.taskwire.task.lifecycle.messaging;
