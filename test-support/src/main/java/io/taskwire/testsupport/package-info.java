/**
 * Shared test infrastructure: one real Kafka broker and one real PostgreSQL per test JVM
 * (never mocks of either), a database and user per service, and a clock tests can move.
 */
package io.taskwire.testsupport;
