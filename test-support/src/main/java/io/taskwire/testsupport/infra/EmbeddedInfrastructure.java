package io.taskwire.testsupport.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-process KRaft broker (spring-kafka-test) and PostgreSQL run from the zonky
 * binaries.
 */
final class EmbeddedInfrastructure implements Infrastructure {

	private final EmbeddedKafkaKraftBroker kafka;

	private final EmbeddedPostgres postgres;

	EmbeddedInfrastructure() {
		this.kafka = new EmbeddedKafkaKraftBroker(1, 2);
		this.kafka.brokerProperties(Map.of("auto.create.topics.enable", "false", "message.max.bytes", "4259840",
				"replica.fetch.max.bytes", "4259840", "group.initial.rebalance.delay.ms", "0"));
		this.kafka.afterPropertiesSet();
		try {
			this.postgres = EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start", ex);
		}
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBrokersAsString();
	}

	@Override
	public TestDatabase createDatabase(String name) {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
			statement.execute("CREATE DATABASE " + name + " OWNER " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
		return new TestDatabase("localhost", this.postgres.getPort(), name, name, name);
	}

	@Override
	public String describe() {
		return "embedded KRaft broker at " + kafkaBootstrapServers() + ", embedded PostgreSQL at localhost:"
				+ this.postgres.getPort();
	}

}
