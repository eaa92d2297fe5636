package io.taskwire.task.lifecycle;

import java.time.Clock;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.ErrorSummary;
import io.taskwire.contracts.Limits;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.contracts.status.TaskTimelineEntry;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The envelopes of a task's timeline, as they are stored and published on
 * {@code tasks.status}: each continues the task's trace.
 */
@Component
public class StatusEvents {

	private final MessageCodec codec;

	private final Clock clock;

	public StatusEvents(MessageCodec codec, Clock clock) {
		this.codec = codec;
		this.clock = clock;
	}

	/**
	 * A transition.
	 * @param from the status before, {@code null} at creation
	 * @param task the task after the transition
	 * @param seq its timeline seq
	 * @return the envelope
	 */
	public Envelope<TaskStatusChanged> changed(TaskStatus from, Task task, long seq) {
		boolean inline = task.result() != null && fitsInline(task.result());
		TaskStatusChanged changed = new TaskStatusChanged(task.id(), task.owner(), task.type(), seq, from,
				task.status(), task.attempt(), task.progress(), errorOf(task), inline ? task.result() : null,
				(task.result() != null && !inline) ? "/api/v1/tasks/" + task.id() : null, task.spec().scheduleId());
		return envelope(changed, task);
	}

	/**
	 * A progress entry or a log line.
	 * @param task the task
	 * @param seq its timeline seq
	 * @param progress the progress, or {@code null}
	 * @param log the log line, or {@code null}
	 * @return the envelope
	 */
	public Envelope<TaskTimelineEntry> entry(Task task, long seq, Progress progress, LogLine log) {
		return envelope(new TaskTimelineEntry(task.id(), task.owner(), task.type(), seq, task.attempt(), progress, log),
				task);
	}

	/**
	 * The last entry of a deleted task.
	 * @param task the task
	 * @param seq its timeline seq
	 * @return the envelope
	 */
	public Envelope<TaskDeleted> deleted(Task task, long seq) {
		return envelope(new TaskDeleted(task.id(), task.owner(), task.type(), seq), task);
	}

	private <M extends io.taskwire.contracts.Message> Envelope<M> envelope(M payload, Task task) {
		return Envelope.of(payload, Traceparent.childOf(task.spec().traceparent()), this.clock);
	}

	private static ErrorSummary errorOf(Task task) {
		TaskStatus status = task.status();
		boolean failed = status == TaskStatus.FAILED || status == TaskStatus.TIMED_OUT
				|| status == TaskStatus.RETRY_WAIT;
		return failed ? task.error() : null;
	}

	private boolean fitsInline(JsonNode result) {
		return this.codec.mapper().writeValueAsBytes(result).length <= Limits.MAX_INLINE_RESULT_BYTES;
	}

}
