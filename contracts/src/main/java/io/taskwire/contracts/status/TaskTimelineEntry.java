package io.taskwire.contracts.status;

import java.util.UUID;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Progress;

/**
 * A timeline entry that is not a transition: a progress change or a log line (exactly one
 * of the two is present).
 *
 * @param taskId the task
 * @param owner its owner
 * @param type its type
 * @param seq the timeline sequence number
 * @param attempt the attempt it came from
 * @param progress the new progress, or {@code null}
 * @param log the log line, or {@code null}
 */
public record TaskTimelineEntry(UUID taskId, String owner, String type, long seq, int attempt, Progress progress,
		LogLine log) implements StatusEvent {

	public TaskTimelineEntry {
		StatusEvent.requireValid(taskId, owner, type, seq);
		if ((progress == null) == (log == null)) {
			throw new IllegalArgumentException("exactly one of progress and log must be present");
		}
	}

}
