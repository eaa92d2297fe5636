package io.taskwire.testsupport.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL in containers, for machines with a Docker engine. This path cannot
 * be verified where Docker is absent (as on the reference machine and CI).
 */
final class ContainerInfrastructure implements Infrastructure {

	private final KafkaContainer kafka;

	private final PostgreSQLContainer postgres;

	ContainerInfrastructure() {
		this.kafka = new KafkaContainer("apache/kafka:4.1.1").withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
			.withEnv("KAFKA_MESSAGE_MAX_BYTES", "4259840");
		this.postgres = new PostgreSQLContainer("postgres:17");
		this.kafka.start();
		this.postgres.start();
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBootstrapServers();
	}

	@Override
	public TestDatabase createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(this.postgres.getJdbcUrl(),
				this.postgres.getUsername(), this.postgres.getPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
			statement.execute("CREATE DATABASE " + name + " OWNER " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return new TestDatabase(this.postgres.getHost(), this.postgres.getMappedPort(5432), name, name, name);
	}

	@Override
	public String describe() {
		return "Testcontainers Kafka at " + kafkaBootstrapServers() + ", Testcontainers PostgreSQL at "
				+ this.postgres.getHost() + ":" + this.postgres.getMappedPort(5432);
	}

}
