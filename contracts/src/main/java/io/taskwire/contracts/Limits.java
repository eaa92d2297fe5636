package io.taskwire.contracts;

/**
 * Size limits that producers, brokers, consumers and the public API agree on.
 */
public final class Limits {

	/**
	 * Largest Kafka record: broker, topics, producers and consumers are all set to it.
	 */
	public static final int MAX_RECORD_BYTES = 4 * 1024 * 1024;

	/** Largest public request body. */
	public static final int MAX_PUBLIC_BODY_BYTES = 1024 * 1024;

	/**
	 * Largest result carried inline on {@code tasks.status}; larger ones travel by
	 * reference.
	 */
	public static final int MAX_INLINE_RESULT_BYTES = 64 * 1024;

	private Limits() {
	}

}
