package io.taskwire.testsupport.infra;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The broker and database of this test JVM, started on first use and shared by every test
 * class in it. Each Spring context gets its own database and its own topic prefix, so
 * test classes do not see each other's data.
 */
public final class TestInfrastructure {

	/** The service token every service under test accepts on {@code /internal/}. */
	public static final String SERVICE_TOKEN = "test-service-token";

	private static final Logger logger = LoggerFactory.getLogger(TestInfrastructure.class);

	private static final AtomicInteger contexts = new AtomicInteger();

	private static volatile Infrastructure infrastructure;

	private TestInfrastructure() {
	}

	public static synchronized Infrastructure get() {
		if (infrastructure == null) {
			InfrastructureChoice choice = InfrastructureChoice.choose(System.getProperty(InfrastructureChoice.PROPERTY),
					() -> DockerClientFactory.instance().isDockerAvailable());
			infrastructure = (choice == InfrastructureChoice.TESTCONTAINERS) ? new ContainerInfrastructure()
					: new EmbeddedInfrastructure();
			String description = "Test infrastructure of this JVM: " + infrastructure.describe();
			logger.info(description);
			System.out.println("[taskwire] " + description);
		}
		return infrastructure;
	}

	/**
	 * Points a service's Spring context at the shared broker, a new database of its own
	 * and a topic prefix of its own.
	 * @param registry the test's dynamic property registry
	 * @param service the service's name, such as {@code task}
	 * @return the database the service was given
	 */
	public static TestDatabase register(DynamicPropertyRegistry registry, String service) {
		Infrastructure infra = get();
		int context = contexts.incrementAndGet();
		TestDatabase database = infra.createDatabase(service + "_" + context);
		registry.add("spring.kafka.bootstrap-servers", infra::kafkaBootstrapServers);
		registry.add("taskwire.kafka.topic-prefix", () -> "t" + context + ".");
		registry.add("taskwire.kafka.partitions", () -> "2");
		registry.add("spring.r2dbc.url", database::r2dbcUrl);
		registry.add("spring.r2dbc.username", database::user);
		registry.add("spring.r2dbc.password", database::password);
		registry.add("spring.flyway.url", database::jdbcUrl);
		registry.add("spring.flyway.user", database::user);
		registry.add("spring.flyway.password", database::password);
		registry.add("taskwire.internal.service-token", () -> SERVICE_TOKEN);
		return database;
	}

}
