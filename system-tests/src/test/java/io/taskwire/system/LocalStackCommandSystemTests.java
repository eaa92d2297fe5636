package io.taskwire.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one command, as the README gives it (after its build step): prints {@code ready},
 * stops everything within 30 s on SIGTERM, and keeps every accepted task across a
 * restart.
 */
@Order(4)
class LocalStackCommandSystemTests {

	private static final int[] PORTS = { 8080, 8081, 8082, 8083, 19092, 19093, 15432 };

	private final TaskwireClient client = TaskwireClient.local();

	@Test
	void keepsAndCompletesAcceptedTasksAcrossAStopAndStart() throws Exception {
		RunningStack.stop();
		Path dataDir = Files.createTempDirectory("taskwire-command-");

		Process stack = startCommand(dataDir);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String body = this.client
				.post(TaskwireClient.ALICE, "/api/v1/tasks", "{\"type\":\"noop\",\"input\":{\"sleepMs\":3000}}")
				.body();
			ids.add(TaskwireClient.parse(body).get("id").asString());
		}
		stopWithSigterm(stack, dataDir);

		stack = startCommand(dataDir);
		try {
			await().atMost(Duration.ofSeconds(120))
				.until(() -> ids.stream()
					.allMatch((id) -> this.client.getJson(TaskwireClient.ALICE, "/api/v1/tasks/" + id)
						.get("status")
						.asString()
						.equals("SUCCEEDED")));
			assertThat(Files.readString(dataDir.resolve("logs/postgres.log"))).doesNotContain("not properly shut down");
		}
		finally {
			stopWithSigterm(stack, dataDir);
		}
	}

	private static Process startCommand(Path dataDir) throws IOException {
		Process process = new ProcessBuilder(javaExecutable(), "-cp", "deploy/target/classes:deploy/target/lib/*",
				"io.taskwire.deploy.LocalStack", "--data-dir", dataDir.toString())
			.directory(RunningStack.REPO_ROOT.toFile())
			.redirectErrorStream(true)
			.start();
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		Thread reader = new Thread(() -> echoUntilReady(process, ready), "local-stack-output");
		reader.setDaemon(true);
		reader.start();
		try {
			assertThat(ready.get(5, TimeUnit.MINUTES)).as("the stack printed ready").isTrue();
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The local stack did not print ready", ex);
		}
		return process;
	}

	private static void echoUntilReady(Process process, CompletableFuture<Boolean> ready) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				System.out.println("[local stack] " + line);
				if (line.equals("ready")) {
					ready.complete(true);
				}
			}
		}
		catch (IOException ex) {
			// the stream closes when the stack stops
		}
		ready.complete(false);
	}

	private static void stopWithSigterm(Process stack, Path dataDir) throws Exception {
		List<ProcessHandle> children = stack.descendants().toList();
		stack.destroy();

		assertThat(stack.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
		assertThat(children).noneMatch(ProcessHandle::isAlive);
		try (Stream<Path> pidFiles = Files.list(dataDir.resolve("pids"))) {
			assertThat(pidFiles).isEmpty();
		}
		for (int port : PORTS) {
			try (ServerSocket socket = new ServerSocket(port)) {
				assertThat(socket.isBound()).as("port %d is free", port).isTrue();
			}
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
