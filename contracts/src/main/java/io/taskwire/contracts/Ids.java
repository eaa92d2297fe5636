package io.taskwire.contracts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Task and event ids: UUIDv7 (RFC 9562, time-ordered, so ids sort by creation) for
 * everything the gateway accepts, UUIDv5 for the runs of a schedule, so that one fire
 * time always yields the same task id.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	/**
	 * A new UUIDv7 whose timestamp comes from the given clock.
	 * @param clock the clock
	 * @return a UUIDv7
	 */
	public static UUID uuidV7(Clock clock) {
		long millis = clock.millis();
		long randA = RANDOM.nextInt(1 << 12);
		long mostSignificant = (millis << 16) | 0x7000L | randA;
		long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant);
	}

	/**
	 * The UUIDv5 (SHA-1, name based) of a name in a namespace.
	 * @param namespace the namespace, such as a schedule id
	 * @param name the name, such as a fire time
	 * @return a UUIDv5
	 */
	public static UUID uuidV5(UUID namespace, String name) {
		byte[] hash = sha1(ByteBuffer.allocate(16)
			.putLong(namespace.getMostSignificantBits())
			.putLong(namespace.getLeastSignificantBits())
			.array(), name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0F) | 0x50);
		hash[8] = (byte) ((hash[8] & 0x3F) | 0x80);
		ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

	private static byte[] sha1(byte[] namespace, byte[] name) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-1");
			digest.update(namespace);
			digest.update(name);
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is required of every JVM", ex);
		}
	}

}
