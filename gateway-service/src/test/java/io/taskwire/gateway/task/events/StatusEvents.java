package io.taskwire.gateway.task.events;

import java.time.Clock;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.contracts.status.TaskTimelineEntry;

/**
 * Status events of one task, for tests.
 */
public final class StatusEvents {

	private final UUID taskId;

	private final String owner;

	public StatusEvents(UUID taskId, String owner) {
		this.taskId = taskId;
		this.owner = owner;
	}

	public static StatusEvents of(UUID taskId, String owner) {
		return new StatusEvents(taskId, owner);
	}

	public Envelope<StatusEvent> changed(long seq, TaskStatus from, TaskStatus to) {
		return envelope(new TaskStatusChanged(this.taskId, this.owner, "noop", seq, from, to, (from == null) ? 0 : 1,
				null, null, null, null, null));
	}

	public Envelope<StatusEvent> progress(long seq, int percent) {
		return envelope(new TaskTimelineEntry(this.taskId, this.owner, "noop", seq, 1,
				new Progress(percent, percent + "%"), null));
	}

	public Envelope<StatusEvent> log(long seq, String message) {
		return envelope(new TaskTimelineEntry(this.taskId, this.owner, "noop", seq, 1, null,
				new LogLine(LogLine.Level.INFO, message, null)));
	}

	@SuppressWarnings("unchecked")
	private static Envelope<StatusEvent> envelope(StatusEvent event) {
		return (Envelope<StatusEvent>) (Envelope<?>) Envelope.of(event, Traceparent.newRoot(), Clock.systemUTC());
	}

}
