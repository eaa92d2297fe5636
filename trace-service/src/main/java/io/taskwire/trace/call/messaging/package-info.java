/**
 * Kafka consumers: {@code llm.calls} into the ledger (each call once, invalid records to
 * the dead-letter topic) and {@code TaskDeleted} from {@code tasks.status}, which removes
 * a task's calls.
 */
package io.taskwire.trace.call.messaging;
