package io.taskwire.worker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who this worker instance is: the id it signs its events and heartbeats with, that
 * task-service names in {@code CancelAttempt}, and its static membership in the
 * {@code tasks.dispatch} consumer group.
 *
 * @param id the worker id
 */
public record WorkerIdentity(String id) {

	private static final SecureRandom RANDOM = new SecureRandom();

	public WorkerIdentity {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A worker id must not be blank");
		}
	}

	/**
	 * The configured id, or the host name with a random suffix, so that several workers
	 * on one host differ. Set the id explicitly (a pod name) for membership that is
	 * stable across restarts.
	 * @param configured the configured id, may be blank
	 * @return the identity
	 */
	public static WorkerIdentity of(String configured) {
		if (configured != null && !configured.isBlank()) {
			return new WorkerIdentity(configured.strip());
		}
		byte[] suffix = new byte[3];
		RANDOM.nextBytes(suffix);
		return new WorkerIdentity(hostName() + "-" + HexFormat.of().formatHex(suffix));
	}

	private static String hostName() {
		String fromEnvironment = System.getenv("HOSTNAME");
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return fromEnvironment.strip();
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "worker";
		}
	}

}
