package io.taskwire.task.lifecycle.messaging;

import java.time.Clock;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.contracts.command.DeleteRequested;
import io.taskwire.contracts.command.TaskCommand;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.task.lifecycle.Effects;
import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.lifecycle.TaskDecisions;
import io.taskwire.task.lifecycle.TaskRecorder;
import io.taskwire.task.lifecycle.TaskSpec;
import io.taskwire.task.lifecycle.TaskWriter;
import io.taskwire.task.lifecycle.Tasks;
import io.taskwire.task.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the gateway's commands: a created task is queued (once, and never again after a
 * delete), a cancel ends a task that has not ended, a delete removes an ended task. Each
 * command is applied once: a redelivery finds its own timeline row, or the task already
 * there.
 */
@Component
public class TaskCommandHandler {

	private static final Logger logger = LoggerFactory.getLogger(TaskCommandHandler.class);

	private final Tasks tasks;

	private final Timeline timeline;

	private final TaskDecisions decisions;

	private final TaskRecorder recorder;

	private final TaskWriter writer;

	private final Clock clock;

	public TaskCommandHandler(Tasks tasks, Timeline timeline, TaskDecisions decisions, TaskRecorder recorder,
			TaskWriter writer, Clock clock) {
		this.tasks = tasks;
		this.timeline = timeline;
		this.decisions = decisions;
		this.recorder = recorder;
		this.writer = writer;
		this.clock = clock;
	}

	public Mono<Void> apply(Envelope<TaskCommand> envelope) {
		TaskCommand command = envelope.payload();
		if (command instanceof TaskCreated created) {
			return this.writer.run(() -> create(envelope, created));
		}
		if (command instanceof CancelRequested cancel) {
			return this.writer.run(() -> cancel(envelope, cancel));
		}
		if (command instanceof DeleteRequested delete) {
			return this.writer.run(() -> delete(envelope, delete));
		}
		throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
	}

	private Mono<Effects> create(Envelope<TaskCommand> envelope, TaskCreated created) {
		TaskSpec spec = TaskSpec.of(created, envelope.traceparent(), envelope.occurredAt());
		return this.recorder.create(Task.queued(created.taskId(), spec, this.clock.instant()), envelope.eventId());
	}

	private Mono<Effects> cancel(Envelope<TaskCommand> envelope, CancelRequested request) {
		return unapplied(envelope)
			.flatMap((task) -> this.recorder.record(this.decisions.cancel(task, request, this.clock.instant()),
					envelope.eventId()))
			.defaultIfEmpty(Effects.NONE);
	}

	private Mono<Effects> delete(Envelope<TaskCommand> envelope, DeleteRequested request) {
		return unapplied(envelope)
			.flatMap((task) -> task.status().isTerminal() ? this.recorder.delete(task, envelope.eventId())
					: this.recorder.record(
							this.decisions.refuseDelete(task, request.requestedBy(), this.clock.instant()),
							envelope.eventId()))
			.defaultIfEmpty(Effects.NONE);
	}

	/**
	 * The command's task, unless it is unknown, someone else's, or the command was
	 * applied already.
	 */
	private Mono<Task> unapplied(Envelope<TaskCommand> envelope) {
		TaskCommand command = envelope.payload();
		UUID taskId = command.taskId();
		return this.tasks.find(taskId)
			.switchIfEmpty(
					Mono.fromRunnable(() -> logger.info("Ignoring {} for unknown task {}", envelope.type(), taskId)))
			.filter((task) -> ownedBy(task, command, envelope))
			.filterWhen((task) -> this.timeline.hasCause(taskId, envelope.eventId()).map((seen) -> !seen));
	}

	private static boolean ownedBy(Task task, TaskCommand command, Envelope<TaskCommand> envelope) {
		if (!task.owner().equals(command.owner())) {
			logger.warn("Ignoring {} {} for task {}: it names another owner", envelope.type(), envelope.eventId(),
					task.id());
			return false;
		}
		return true;
	}

}
