/**
 * LLM calls as trace-service keeps them: the stored record, how bodies are made safe to
 * keep (redacted again, cleaned for PostgreSQL, capped in size) and the table they live
 * in. Adapters: {@code messaging} ingests them, {@code web} serves them.
 */
package io.taskwire.trace.call;
