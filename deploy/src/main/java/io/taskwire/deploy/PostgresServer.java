package io.taskwire.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server for the stack, run from the zonky binaries (no system install),
 * its data kept between runs, with a database and a user of its own for each service.
 */
public final class PostgresServer implements AutoCloseable {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	public static PostgresServer start(Path home, int port, Path log) {
		try {
			Path data = home.resolve("data");
			Files.createDirectories(data);
			Files.createDirectories(log.getParent());
			ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(log.toFile());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPort(port)
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setOverrideWorkingDirectory(home.resolve("binaries").toFile())
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("max_connections", "200")
				.setOutputRedirector(output)
				.setErrorRedirector(output)
				.start();
			return new PostgresServer(postgres, data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PostgreSQL did not start", ex);
		}
	}

	/**
	 * Creates a database and its owning user unless they exist.
	 * @param name the database and user name
	 * @param password the user's password
	 */
	public void ensureDatabase(String name, String password) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain identifier: " + name);
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
				statement.execute("CREATE ROLE " + name + " LOGIN");
			}
			statement.execute("ALTER ROLE " + name + " PASSWORD '" + password.replace("'", "''") + "'");
			if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
				statement.execute("CREATE DATABASE " + name + " OWNER " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare database " + name, ex);
		}
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	/** The postmaster's pid, from its own pid file. */
	public long pid() {
		try {
			return Long
				.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
					.get(0)
					.trim());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fast shutdown: clean, so the next start needs no crash recovery. */
	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
