package io.taskwire.trace;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static io.taskwire.trace.CallFixture.aCall;
import static org.awaitility.Awaitility.await;

/**
 * With the database gone, readiness goes DOWN, the internal API answers 503 and calls
 * wait on the broker, their batch retried; when it returns, readiness comes back and the
 * waiting calls are stored, none of them dead-lettered. The database is taken away by
 * refusing connections to it and ending the open ones, which looks the same to the
 * service as a stopped server.
 */
@TestPropertySource(properties = { "taskwire.kafka.retry-backoff=100ms", "taskwire.kafka.max-retry-backoff=1s" })
@DirtiesContext
class DatabaseOutageIntegrationTests extends TraceIntegrationTest {

	/** The brief's bound for readiness to follow the database, either way. */
	private static final Duration READINESS_BOUND = Duration.ofSeconds(15);

	@Value("${spring.flyway.url}")
	private String jdbcUrl;

	@Value("${spring.flyway.user}")
	private String user;

	@Value("${spring.flyway.password}")
	private String password;

	private final AtomicInteger failedBatches = new AtomicInteger();

	@Autowired
	private DefaultErrorHandler errorHandler;

	@BeforeEach
	void countFailedBatches() {
		this.errorHandler.setRetryListeners(new RetryListener() {

			@Override
			public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
			}

			@Override
			public void failedDelivery(ConsumerRecords<?, ?> records, Exception ex, int deliveryAttempt) {
				DatabaseOutageIntegrationTests.this.failedBatches.incrementAndGet();
			}

		});
	}

	@AfterEach
	void restoreTheDatabase() throws SQLException {
		allowConnections(true);
	}

	@Test
	void readinessCoversTheBrokerAndTheDatabase() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.r2dbc.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP")
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP");
	}

	@Test
	void holdsCallsWhileTheDatabaseIsDownAndStoresThemWhenItReturns() throws SQLException {
		UUID taskId = UUID.randomUUID();
		stopTheDatabase();

		await().atMost(READINESS_BOUND).untilAsserted(() -> readiness().isEqualTo(503));
		getCalls(taskId, null).exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/service-unavailable");
		publish(aCall().forTask(taskId).envelope());
		await().atMost(Duration.ofSeconds(30)).until(() -> this.failedBatches.get() > 0);

		allowConnections(true);

		await().atMost(READINESS_BOUND).untilAsserted(() -> readiness().isOk());
		awaitStoredCalls(taskId, 1);
	}

	private org.springframework.test.web.reactive.server.StatusAssertions readiness() {
		return this.http.get().uri("/actuator/health/readiness").exchange().expectStatus();
	}

	private void stopTheDatabase() throws SQLException {
		allowConnections(false);
		try (Connection connection = maintenanceConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
					+ databaseName() + "' AND pid <> pg_backend_pid()");
		}
	}

	private void allowConnections(boolean allowed) throws SQLException {
		try (Connection connection = maintenanceConnection(); Statement statement = connection.createStatement()) {
			statement.execute("ALTER DATABASE " + databaseName() + " ALLOW_CONNECTIONS " + allowed);
		}
	}

	/** A connection to the server's {@code postgres} database, which stays reachable. */
	private Connection maintenanceConnection() throws SQLException {
		String serverUrl = this.jdbcUrl.substring(0, this.jdbcUrl.lastIndexOf('/') + 1) + "postgres";
		return DriverManager.getConnection(serverUrl, this.user, this.password);
	}

	private String databaseName() {
		return this.jdbcUrl.substring(this.jdbcUrl.lastIndexOf('/') + 1);
	}

}
