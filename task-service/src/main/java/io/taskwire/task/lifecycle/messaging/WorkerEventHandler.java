package io.taskwire.task.lifecycle.messaging;

import java.time.Clock;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.task.lifecycle.Effects;
import io.taskwire.task.lifecycle.TaskDecisions;
import io.taskwire.task.lifecycle.TaskRecorder;
import io.taskwire.task.lifecycle.TaskWriter;
import io.taskwire.task.lifecycle.Tasks;
import io.taskwire.task.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies what workers report about attempts. The attempt number fences: an event of an
 * attempt that is not the live one is recorded as a log line and answered with a stop. An
 * event already applied (a redelivery) is dropped.
 */
@Component
public class WorkerEventHandler {

	private static final Logger logger = LoggerFactory.getLogger(WorkerEventHandler.class);

	private final Tasks tasks;

	private final Timeline timeline;

	private final TaskDecisions decisions;

	private final TaskRecorder recorder;

	private final TaskWriter writer;

	private final Clock clock;

	public WorkerEventHandler(Tasks tasks, Timeline timeline, TaskDecisions decisions, TaskRecorder recorder,
			TaskWriter writer, Clock clock) {
		this.tasks = tasks;
		this.timeline = timeline;
		this.decisions = decisions;
		this.recorder = recorder;
		this.writer = writer;
		this.clock = clock;
	}

	public Mono<Void> apply(Envelope<WorkerEvent> envelope) {
		return this.writer.run(() -> decideAndRecord(envelope));
	}

	private Mono<Effects> decideAndRecord(Envelope<WorkerEvent> envelope) {
		WorkerEvent event = envelope.payload();
		return this.tasks.find(event.taskId())
			.switchIfEmpty(Mono.fromRunnable(() -> logger.info("Ignoring {} of attempt {} for unknown task {}",
					envelope.type(), event.attempt(), event.taskId())))
			.filterWhen((task) -> this.timeline.hasCause(task.id(), envelope.eventId()).map((seen) -> !seen))
			.flatMap((task) -> this.recorder.record(this.decisions.on(task, event, this.clock.instant()),
					envelope.eventId()))
			.defaultIfEmpty(Effects.NONE);
	}

}
