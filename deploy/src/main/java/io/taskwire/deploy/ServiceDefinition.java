package io.taskwire.deploy;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the four services as the local stack runs it.
 *
 * @param name short name, also the name of its database and user ({@code null} database
 * when it has none)
 * @param module the Maven module that builds its jar
 * @param port its HTTP port
 * @param database the name of its database, or {@code null}
 */
public record ServiceDefinition(String name, String module, int port, String database) {

	public static final List<ServiceDefinition> ALL = List.of(
			new ServiceDefinition("task", "task-service", StackLayout.TASK_PORT, "task"),
			new ServiceDefinition("trace", "trace-service", StackLayout.TRACE_PORT, "trace"),
			new ServiceDefinition("worker", "worker-service", StackLayout.WORKER_PORT, null),
			new ServiceDefinition("gateway", "gateway-service", StackLayout.GATEWAY_PORT, "gateway"));

	/**
	 * The command line that runs the service against the stack's broker and database.
	 * @param layout where the jars are
	 * @param kafka the broker's bootstrap servers
	 * @param postgresPort the database server's port
	 * @param secrets the internal API's token and the database password
	 * @return the command
	 */
	public List<String> command(StackLayout layout, String kafka, int postgresPort, Secrets secrets) {
		List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable(), "-Xms64m", "-Xmx512m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
				layout.serviceJar(this.module).toAbsolutePath().toString(), "--server.port=" + this.port,
				"--server.address=127.0.0.1", "--spring.kafka.bootstrap-servers=" + kafka,
				"--taskwire.internal.service-token=" + secrets.serviceToken()));
		if (this.database != null) {
			String host = "127.0.0.1:" + postgresPort + "/" + this.database;
			command.addAll(List.of("--spring.r2dbc.url=r2dbc:postgresql://" + host,
					"--spring.r2dbc.username=" + this.database, "--spring.r2dbc.password=" + secrets.databasePassword(),
					"--spring.flyway.url=jdbc:postgresql://" + host, "--spring.flyway.user=" + this.database,
					"--spring.flyway.password=" + secrets.databasePassword()));
		}
		if (this.name.equals("gateway")) {
			command.addAll(List.of("--taskwire.gateway.task-service-url=http://127.0.0.1:" + StackLayout.TASK_PORT,
					"--taskwire.gateway.trace-service-url=http://127.0.0.1:" + StackLayout.TRACE_PORT));
		}
		if (this.name.equals("worker")) {
			command.add("--taskwire.worker.id=local-worker-1");
		}
		return command;
	}

	public static ServiceDefinition named(String name) {
		return ALL.stream()
			.filter((service) -> service.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service named " + name));
	}

	public String readinessUrl() {
		return "http://127.0.0.1:" + this.port + "/actuator/health/readiness";
	}

}
