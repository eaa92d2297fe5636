package io.taskwire.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A single-node KRaft broker (combined broker and controller) run as a child process from
 * the Kafka jars, with broker-side topic auto-creation off and the 4 MiB record limit.
 */
public final class KafkaBroker {

	private KafkaBroker() {
	}

	public static ManagedProcess start(StackLayout layout, Path home, int port, int controllerPort) {
		try {
			Path config = writeConfig(home, port, controllerPort);
			if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
				format(layout, config);
			}
			ManagedProcess broker = ManagedProcess.start("kafka", java(layout, "kafka.Kafka", config.toString()),
					layout);
			awaitPort(port, broker, Duration.ofSeconds(90));
			return broker;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Kafka did not start", ex);
		}
	}

	static Path writeConfig(Path home, int port, int controllerPort) throws IOException {
		Files.createDirectories(home);
		Path config = home.resolve("server.properties");
		Files.writeString(config,
				String.join("\n", "process.roles=broker,controller", "node.id=1",
						"controller.quorum.voters=1@localhost:" + controllerPort,
						"listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
						"advertised.listeners=PLAINTEXT://localhost:" + port, "controller.listener.names=CONTROLLER",
						"inter.broker.listener.name=PLAINTEXT",
						"listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
						"log.dirs=" + home.resolve("data").toAbsolutePath(), "num.partitions=1",
						"auto.create.topics.enable=false", "offsets.topic.replication.factor=1",
						"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
						"group.initial.rebalance.delay.ms=0", "message.max.bytes=4259840",
						"replica.fetch.max.bytes=4259840", "controlled.shutdown.enable=true", ""));
		return config;
	}

	private static void format(StackLayout layout, Path config) throws IOException {
		Files.createDirectories(layout.logs());
		List<String> command = java(layout, "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c",
				config.toString());
		Process format = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve("kafka.log").toFile()))
			.start();
		try {
			if (format.waitFor() != 0) {
				throw new IllegalStateException("Formatting Kafka's storage failed; see " + layout.logs());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while formatting Kafka's storage", ex);
		}
	}

	/** A random Kafka cluster id: 16 bytes, URL-safe base64 without padding. */
	private static String clusterId() {
		UUID uuid = UUID.randomUUID();
		java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16)
			.putLong(uuid.getMostSignificantBits())
			.putLong(uuid.getLeastSignificantBits());
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
	}

	private static List<String> java(StackLayout layout, String mainClass, String... arguments) {
		List<String> command = new java.util.ArrayList<>(List.of(ManagedProcess.javaExecutable(), "-Xms128m",
				"-Xmx512m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
				"-Dorg.slf4j.simpleLogger.log.kafka.server.BrokerServer=info", "-cp",
				layout.libraries().toAbsolutePath() + "/*", mainClass));
		command.addAll(List.of(arguments));
		return command;
	}

	static void awaitPort(int port, ManagedProcess process, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(process.name() + " exited with " + process.exitValue());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 500);
				return;
			}
			catch (IOException ex) {
				pause();
			}
		}
		throw new IllegalStateException(process.name() + " did not open port " + port + " within " + timeout);
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
