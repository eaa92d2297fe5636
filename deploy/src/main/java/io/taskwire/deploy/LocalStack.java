package io.taskwire.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs the whole system locally: PostgreSQL, a Kafka broker and the four services, each
 * its own process. Prints {@code ready} once every service is ready and a worker has
 * registered its types; stops everything on Ctrl-C or SIGTERM.
 *
 * <p>
 * Arguments: {@code [--data-dir DIR] [--clean]}. The data directory defaults to
 * {@code .taskwire} in the repository root; {@code --clean} deletes it first.
 */
public final class LocalStack {

	static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	/** Services first, then the broker, then the database, all within 30 s in total. */
	static final Duration SERVICE_GRACE = Duration.ofSeconds(12);

	static final Duration BROKER_GRACE = Duration.ofSeconds(10);

	private final StackLayout layout;

	private final Map<String, ManagedProcess> services = new ConcurrentHashMap<>();

	private final Secrets secrets;

	private ManagedProcess broker;

	private PostgresServer postgres;

	public LocalStack(StackLayout layout) {
		this.layout = layout;
		this.secrets = Secrets.loadOrCreate(layout.dataDir());
	}

	public static void main(String[] args) throws Exception {
		Path repoRoot = Path.of("").toAbsolutePath();
		Path dataDir = repoRoot.resolve(".taskwire");
		boolean clean = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
				case "--clean" -> clean = true;
				default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
			}
		}
		StackLayout layout = new StackLayout(repoRoot, dataDir);
		StaleProcesses.stopAll(layout);
		if (clean) {
			deleteRecursively(dataDir);
		}
		Files.createDirectories(dataDir);
		try (FileChannel lockChannel = FileChannel.open(dataDir.resolve("stack.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = lockChannel.tryLock()) {
			if (lock == null) {
				System.err.println("Another local stack is running on " + dataDir);
				System.exit(1);
			}
			LocalStack stack = new LocalStack(layout);
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				stack.stop();
				stopped.countDown();
			}, "local-stack-shutdown"));
			try {
				stack.start();
			}
			catch (RuntimeException ex) {
				System.err.println("The local stack did not start: " + ex.getMessage());
				System.exit(1);
			}
			System.out.println("ready");
			System.out.println("  API        http://localhost:" + StackLayout.GATEWAY_PORT + "/api/v1");
			System.out.println("  Swagger UI http://localhost:" + StackLayout.GATEWAY_PORT + "/swagger-ui.html");
			System.out.println("  logs       " + layout.logs());
			stopped.await();
		}
	}

	/**
	 * Starts everything and returns once every service is ready and the worker's task
	 * types are registered.
	 */
	public void start() {
		for (ServiceDefinition service : ServiceDefinition.ALL) {
			if (!Files.isRegularFile(this.layout.serviceJar(service.module()))) {
				throw new IllegalStateException(
						"Missing " + this.layout.serviceJar(service.module()) + "; build with ./mvnw package first");
			}
		}
		startDatabase();
		for (ServiceDefinition service : ServiceDefinition.ALL) {
			if (service.database() != null) {
				this.postgres.ensureDatabase(service.database(), this.secrets.databasePassword());
			}
		}
		startBroker();
		ServiceDefinition.ALL.forEach(this::launch);
		ServiceDefinition.ALL.forEach(this::awaitReady);
		awaitRegisteredTypes();
	}

	public void startDatabase() {
		log("starting PostgreSQL on port " + StackLayout.POSTGRES_PORT);
		this.postgres = PostgresServer.start(this.layout.postgres(), StackLayout.POSTGRES_PORT,
				this.layout.logs().resolve("postgres.log"));
		writePid("postgres", this.postgres.pid());
	}

	public void stopDatabase() {
		if (this.postgres != null) {
			this.postgres.close();
			this.postgres = null;
			deletePid("postgres");
		}
	}

	public void startBroker() {
		log("starting Kafka on port " + StackLayout.KAFKA_PORT);
		this.broker = KafkaBroker.start(this.layout, this.layout.kafka(), StackLayout.KAFKA_PORT,
				StackLayout.KAFKA_CONTROLLER_PORT);
	}

	public void stopBroker() {
		if (this.broker != null) {
			this.broker.stop(BROKER_GRACE);
			this.broker = null;
		}
	}

	/**
	 * Starts one service and waits until it is ready.
	 * @param name the service's short name, such as {@code worker}
	 */
	public void startService(String name) {
		ServiceDefinition service = ServiceDefinition.named(name);
		launch(service);
		awaitReady(service);
	}

	public void stopService(String name) {
		ManagedProcess process = this.services.remove(name);
		if (process != null) {
			process.stop(SERVICE_GRACE);
		}
	}

	private void launch(ServiceDefinition service) {
		log("starting " + service.module() + " on port " + service.port());
		this.services
			.put(service.name(),
					ManagedProcess.start(service.name(), service.command(this.layout,
							"localhost:" + StackLayout.KAFKA_PORT, StackLayout.POSTGRES_PORT, this.secrets),
							this.layout));
	}

	private void awaitReady(ServiceDefinition service) {
		Readiness.await(service.module(), service.readinessUrl(), null, (response) -> response.statusCode() == 200,
				START_TIMEOUT, this.services.get(service.name()));
	}

	/**
	 * The gateway lists a type only once a worker has registered it on
	 * {@code tasks.types}.
	 */
	private void awaitRegisteredTypes() {
		ManagedProcess gateway = this.services.get("gateway");
		Readiness
			.await("the worker's task types", "http://127.0.0.1:" + StackLayout.GATEWAY_PORT + "/api/v1/task-types",
					"tw-admin-dev-key", (response) -> response.statusCode() == 200
							&& response.body().contains("\"noop\"") && response.body().contains("\"llm.chat\""),
					START_TIMEOUT, gateway);
	}

	/** Stops the services, then the broker, then the database: within 30 s in all. */
	public void stop() {
		log("stopping");
		this.services.values().parallelStream().forEach((service) -> service.stop(SERVICE_GRACE));
		this.services.clear();
		stopBroker();
		stopDatabase();
		log("stopped");
	}

	private void writePid(String name, long pid) {
		try {
			Files.createDirectories(this.layout.pids());
			Files.writeString(this.layout.pids().resolve(name + ".pid"), Long.toString(pid));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void deletePid(String name) {
		try {
			Files.deleteIfExists(this.layout.pids().resolve(name + ".pid"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void log(String message) {
		System.out.println("[taskwire] " + message);
	}

	static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
