package io.taskwire.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack's broker and database processes keep their data across a clean stop and
 * start.
 */
class StackProcessesIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void postgresKeepsItsDatabasesAcrossARestartWithoutCrashRecovery() throws Exception {
		int port = freePort();
		Path log = this.dataDir.resolve("logs/postgres.log");
		try (PostgresServer postgres = PostgresServer.start(this.dataDir.resolve("postgres"), port, log)) {
			postgres.ensureDatabase("task", "secret");
			postgres.ensureDatabase("task", "secret");
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/task",
					"task", "secret"); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE kept (id int)");
				statement.execute("INSERT INTO kept VALUES (42)");
			}
		}
		try (PostgresServer postgres = PostgresServer.start(this.dataDir.resolve("postgres"), port, log);
				Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/task",
						"task", "secret");
				Statement statement = connection.createStatement()) {
			ResultSet result = statement.executeQuery("SELECT id FROM kept");
			assertThat(result.next()).isTrue();
			assertThat(result.getInt(1)).isEqualTo(42);
		}
		assertThat(Files.readString(log)).doesNotContain("not properly shut down").doesNotContain("crash recovery");
	}

	@Test
	void kafkaKeepsItsTopicsAcrossARestartAndCreatesNoneByItself() throws Exception {
		StackLayout layout = new StackLayout(Path.of("..").toAbsolutePath().normalize(), this.dataDir);
		int port = freePort();
		int controllerPort = freePort();
		Map<String, Object> config = Map.of("bootstrap.servers", "localhost:" + port);
		ManagedProcess broker = KafkaBroker.start(layout, layout.kafka(), port, controllerPort);
		try (AdminClient admin = AdminClient.create(config)) {
			admin.createTopics(List.of(new NewTopic("kept", 3, (short) 1))).all().get();
		}
		broker.stop(Duration.ofSeconds(20));
		assertThat(broker.isAlive()).isFalse();
		assertThat(layout.pids().resolve("kafka.pid")).doesNotExist();

		broker = KafkaBroker.start(layout, layout.kafka(), port, controllerPort);
		try (AdminClient admin = AdminClient.create(config)) {
			Set<String> topics = admin.listTopics().names().get();
			assertThat(topics).contains("kept");
			assertThat(Files.readString(layout.kafka().resolve("server.properties")))
				.contains("auto.create.topics.enable=false");
		}
		finally {
			broker.stop(Duration.ofSeconds(20));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
