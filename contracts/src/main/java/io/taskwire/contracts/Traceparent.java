package io.taskwire.contracts;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * W3C trace context ({@code traceparent}) carried on every envelope and record, so that
 * one task's work across services shares a trace id.
 */
public final class Traceparent {

	private static final Pattern FORMAT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Traceparent() {
	}

	/**
	 * A new root trace context, sampled.
	 * @return a {@code traceparent} value
	 */
	public static String newRoot() {
		return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
	}

	/**
	 * The same trace with a new span id, for work caused by the given context.
	 * @param parent a {@code traceparent} value, or {@code null}
	 * @return a child context, or a new root when the parent is absent or malformed
	 */
	public static String childOf(String parent) {
		if (!isValid(parent)) {
			return newRoot();
		}
		return "00-" + traceId(parent) + "-" + randomHex(8) + "-" + parent.substring(53);
	}

	public static String traceId(String traceparent) {
		return traceparent.substring(3, 35);
	}

	public static boolean isValid(String traceparent) {
		return traceparent != null && FORMAT.matcher(traceparent).matches();
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
