package io.taskwire.testsupport.infra;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the tests' broker and database run. The one place that decides it: set
 * {@code taskwire.test.infrastructure} to {@code embedded} or {@code testcontainers}, or
 * leave it at {@code auto} to use Testcontainers only where a Docker engine answers.
 */
public enum InfrastructureChoice {

	/** An in-process KRaft broker and an embedded PostgreSQL from Maven artifacts. */
	EMBEDDED,
	/** Kafka and PostgreSQL containers; unverified wherever no Docker engine exists. */
	TESTCONTAINERS;

	public static final String PROPERTY = "taskwire.test.infrastructure";

	/**
	 * Decides where the infrastructure runs.
	 * @param setting the property's value: {@code auto} (or absent), {@code embedded} or
	 * {@code testcontainers}
	 * @param dockerAvailable asked only for {@code auto}
	 * @return the choice
	 */
	public static InfrastructureChoice choose(String setting, BooleanSupplier dockerAvailable) {
		String value = (setting == null || setting.isBlank()) ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "auto" -> dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
			case "embedded" -> EMBEDDED;
			case "testcontainers" -> TESTCONTAINERS;
			default -> throw new IllegalArgumentException(
					PROPERTY + " must be auto, embedded or testcontainers, was '" + setting + "'");
		};
	}

}
