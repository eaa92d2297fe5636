package io.taskwire.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.taskwire.deploy.LocalStack;
import io.taskwire.deploy.StackLayout;

/**
 * The local stack these tests run against: PostgreSQL and a KRaft broker started once per
 * test JVM, and the four built service jars as processes, on the ports of the brief.
 */
final class RunningStack {

	static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();

	private static LocalStack stack;

	private RunningStack() {
	}

	static synchronized LocalStack get() {
		if (stack == null) {
			try {
				Path dataDir = Files.createTempDirectory("taskwire-system-");
				stack = new LocalStack(new StackLayout(REPO_ROOT, dataDir));
				System.out.println("[taskwire] System tests run on the local stack under " + dataDir
						+ ": embedded PostgreSQL (zonky) and a KRaft broker process, services as processes");
				Runtime.getRuntime().addShutdownHook(new Thread(RunningStack::stop));
				stack.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return stack;
	}

	/** Frees the brief's ports for a test that runs the stack's command itself. */
	static synchronized void stop() {
		if (stack != null) {
			stack.stop();
			stack = null;
		}
	}

}
