/**
 * The contracts between Taskwire's services: every Kafka message as a record, the
 * envelope and record headers around them, topic names, ids, failure kinds and size
 * limits. Plain Java and Jackson, no Spring, so that any service (and any JVM consumer)
 * can depend on it. The wire format is pinned by {@code asyncapi.yaml} and the golden
 * files in the tests.
 */
package io.taskwire.contracts;
