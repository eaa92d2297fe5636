package io.taskwire.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Processes a previous run left behind (its launcher was killed with SIGKILL): found
 * through their pid files and stopped before a new start, so ports are free and no two
 * brokers share a data directory.
 */
final class StaleProcesses {

	private StaleProcesses() {
	}

	static void stopAll(StackLayout layout) {
		if (!Files.isDirectory(layout.pids())) {
			return;
		}
		try (Stream<Path> files = Files.list(layout.pids())) {
			List<Path> pidFiles = files.filter((file) -> file.toString().endsWith(".pid")).toList();
			for (Path pidFile : pidFiles) {
				stop(pidFile, layout);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stop(Path pidFile, StackLayout layout) throws IOException {
		Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter((candidate) -> belongsToStack(candidate, layout));
		if (process.isPresent() && process.get().isAlive()) {
			System.out.println("Stopping " + pidFile.getFileName() + " (pid " + process.get().pid()
					+ ") left over from an earlier run");
			process.get().destroy();
			try {
				process.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.get().destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}

	/**
	 * A recycled pid may name an unrelated process: only ours mention the stack's paths.
	 */
	private static boolean belongsToStack(ProcessHandle process, StackLayout layout) {
		String commandLine = process.info().commandLine().orElse("");
		return commandLine.contains(layout.dataDir().toAbsolutePath().toString())
				|| commandLine.contains(layout.repoRoot().toAbsolutePath().toString());
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		try {
			return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
