package io.taskwire.task.lifecycle;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.dispatch.CancelAttempt;

/**
 * What a decision does to one task. {@link TaskRecorder} persists it: the task as a
 * compare-and-set against {@code before}, and one timeline row.
 */
public sealed interface Outcome {

	/**
	 * The task changes status; the timeline gets a {@code TaskStatusChanged}.
	 *
	 * @param before the task as read
	 * @param after the task as it becomes
	 * @param detail what the attempt row keeps about why its attempt ended (a stack
	 * trace, a rejection reason), or {@code null}
	 * @param order an order for the attempt's worker, or {@code null}
	 */
	record Moved(Task before, Task after, String detail, CancelAttempt order) implements Outcome {

	}

	/**
	 * The task keeps its status; the timeline gets a {@code TaskTimelineEntry} with
	 * progress or a log line. The task may still change otherwise (progress, checkpoint,
	 * a stopping attempt that ended).
	 *
	 * @param before the task as read
	 * @param after the task as it becomes
	 * @param progress the progress entry, or {@code null}
	 * @param log the log line, or {@code null}
	 * @param order an order for a worker, or {@code null}
	 */
	record Noted(Task before, Task after, Progress progress, LogLine log, CancelAttempt order) implements Outcome {

	}

	/** Nothing happens: the event says nothing new. */
	record Unchanged() implements Outcome {

	}

}
