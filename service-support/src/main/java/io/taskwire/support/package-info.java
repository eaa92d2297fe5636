/**
 * What every Taskwire service shares, as auto-configuration: topics created at start-up,
 * publishing envelopes with their headers, dead letters, Kafka health for readiness, the
 * injected {@link java.time.Clock}, shared property defaults and the service token that
 * guards {@code /internal/v1}.
 */
package io.taskwire.support;
