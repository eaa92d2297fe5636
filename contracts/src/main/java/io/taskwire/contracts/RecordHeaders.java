package io.taskwire.contracts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka record headers that let consumers filter before parsing a value.
 */
public final class RecordHeaders {

	public static final String EVENT_TYPE = "taskwire-event-type";

	public static final String OWNER = "taskwire-owner";

	public static final String TASK_TYPE = "taskwire-task-type";

	public static final String TRACEPARENT = "traceparent";

	private RecordHeaders() {
	}

	/**
	 * The headers to send with an envelope, in a stable order; absent values are left
	 * out.
	 * @param envelope the envelope to describe
	 * @return header name to UTF-8 value
	 */
	public static Map<String, byte[]> of(Envelope<?> envelope) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		put(headers, EVENT_TYPE, envelope.type());
		put(headers, OWNER, envelope.payload().ownerHeader());
		put(headers, TASK_TYPE, envelope.payload().taskTypeHeader());
		put(headers, TRACEPARENT, envelope.traceparent());
		return headers;
	}

	private static void put(Map<String, byte[]> headers, String name, String value) {
		if (value != null) {
			headers.put(name, value.getBytes(StandardCharsets.UTF_8));
		}
	}

}
