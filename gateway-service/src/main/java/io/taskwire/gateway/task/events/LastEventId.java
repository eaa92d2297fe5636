package io.taskwire.gateway.task.events;

import java.util.UUID;

/**
 * The {@code Last-Event-ID} a client resumes with: {@code <taskId>:<seq>}, the id of the
 * last event it received.
 */
final class LastEventId {

	private LastEventId() {
	}

	/**
	 * The sequence number to resume after.
	 * @param lastEventId the header's value, or {@code null}
	 * @param taskId the task of the stream
	 * @return the seq of the last event received; 0 (start from the first event) when the
	 * header is absent, malformed or names another task
	 */
	static long seqAfter(String lastEventId, UUID taskId) {
		if (lastEventId == null) {
			return 0;
		}
		String prefix = taskId + ":";
		String value = lastEventId.strip();
		if (!value.regionMatches(true, 0, prefix, 0, prefix.length()) || value.length() > prefix.length() + 19) {
			return 0;
		}
		try {
			return Math.max(0, Long.parseLong(value.substring(prefix.length())));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The event id of a task's event. */
	static String of(UUID taskId, long seq) {
		return taskId + ":" + seq;
	}

}
