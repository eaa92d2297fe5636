package io.taskwire.deploy;

import java.nio.file.Path;

/**
 * Where the local stack finds its build and keeps its state, and the ports it uses.
 *
 * @param repoRoot the repository root, holding each service's built jar
 * @param dataDir the stack's state ({@code .taskwire/} by default); kept across restarts
 */
public record StackLayout(Path repoRoot, Path dataDir) {

	public static final int GATEWAY_PORT = 8080;

	public static final int TASK_PORT = 8081;

	public static final int WORKER_PORT = 8082;

	public static final int TRACE_PORT = 8083;

	public static final int KAFKA_PORT = 19092;

	public static final int KAFKA_CONTROLLER_PORT = 19093;

	public static final int POSTGRES_PORT = 15432;

	public Path pids() {
		return this.dataDir.resolve("pids");
	}

	public Path logs() {
		return this.dataDir.resolve("logs");
	}

	public Path kafka() {
		return this.dataDir.resolve("kafka");
	}

	public Path postgres() {
		return this.dataDir.resolve("postgres");
	}

	/** The classpath the broker runs from: this module's runtime dependencies. */
	public Path libraries() {
		return this.repoRoot.resolve("deploy/target/lib");
	}

	public Path serviceJar(String module) {
		return this.repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
	}

}
