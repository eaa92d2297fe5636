package io.taskwire.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process of the stack: started with its output in a log file and its pid in
 * {@code pids/<name>.pid}, stopped with SIGTERM and, after a grace period, SIGKILL.
 */
public final class ManagedProcess {

	private final String name;

	private final Process process;

	private final Path pidFile;

	private ManagedProcess(String name, Process process, Path pidFile) {
		this.name = name;
		this.process = process;
		this.pidFile = pidFile;
	}

	public static ManagedProcess start(String name, List<String> command, StackLayout layout) {
		try {
			Files.createDirectories(layout.logs());
			Files.createDirectories(layout.pids());
			Path log = layout.logs().resolve(name + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			Path pidFile = layout.pids().resolve(name + ".pid");
			Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
			return new ManagedProcess(name, process, pidFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/** Java of the running JVM, so children use the same JDK as the launcher. */
	public static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public int exitValue() {
		return this.process.exitValue();
	}

	/**
	 * Stops the process and its children: SIGTERM, then SIGKILL once the grace period is
	 * over.
	 * @param grace how long it may take to shut down cleanly
	 */
	public void stop(Duration grace) {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				System.out.println(this.name + " did not stop within " + grace.toSeconds() + " s; killing it");
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		descendants.forEach(ProcessHandle::destroyForcibly);
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// a stale pid file is cleaned up by the next start
		}
	}

}
