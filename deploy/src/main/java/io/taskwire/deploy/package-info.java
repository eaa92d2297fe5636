/**
 * The one-command local stack: PostgreSQL from the zonky binaries, a KRaft broker from
 * the Kafka jars, and the four services, each its own process, with data, logs and pids
 * under {@code .taskwire/}. Plain Java, so it runs with nothing but a JDK.
 */
package io.taskwire.deploy;
