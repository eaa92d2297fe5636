package io.taskwire.task.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import io.taskwire.task.TaskProperties;
import io.taskwire.task.lifecycle.Effects;
import io.taskwire.task.lifecycle.Outcome;
import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.lifecycle.TaskDecisions;
import io.taskwire.task.lifecycle.TaskRecorder;
import io.taskwire.task.lifecycle.TaskWriter;
import io.taskwire.task.lifecycle.Tasks;
import io.taskwire.task.support.PollingLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Ends leases that ran out: a dispatch that did not start in time is queued again without
 * using up an attempt; a running attempt whose worker stopped beating is lost
 * (RETRY_WAIT, or FAILED with {@code worker_lost}); a cancelled attempt that never
 * confirmed it stopped stops counting. Everything it looks at is in the database, so it
 * works the same after a restart. Each task is re-read and changed by compare-and-set in
 * a transaction of its own, so a worker event that arrives meanwhile wins or is fenced.
 */
@Component
public class LeaseSweeper extends PollingLoop {

	private static final Logger logger = LoggerFactory.getLogger(LeaseSweeper.class);

	private final Tasks tasks;

	private final TaskDecisions decisions;

	private final TaskRecorder recorder;

	private final TaskWriter writer;

	private final Clock clock;

	private final Duration workerTimeout;

	private final int batchSize;

	private volatile Instant startedAt;

	LeaseSweeper(Tasks tasks, TaskDecisions decisions, TaskRecorder recorder, TaskWriter writer, Clock clock,
			TaskProperties properties) {
		super("Lease sweeper", properties.sweep().interval(), null);
		this.tasks = tasks;
		this.decisions = decisions;
		this.recorder = recorder;
		this.writer = writer;
		this.clock = clock;
		this.workerTimeout = properties.workerTimeout();
		this.batchSize = properties.sweep().batchSize();
	}

	@Override
	public void start() {
		this.startedAt = this.clock.instant();
		super.start();
	}

	@Override
	protected Mono<Boolean> runOnce() {
		Instant now = this.clock.instant();
		return Flux
			.concat(sweep(this.tasks.expiredDispatches(now, this.batchSize), this.decisions::expireLease),
					sweep(silentRunning(now), this.decisions::loseWorker),
					sweep(this.tasks.unconfirmedStops(now, this.batchSize), this.decisions::forgetStoppingAttempt))
			.any((full) -> full);
	}

	/**
	 * Running attempts of workers that stopped beating. Right after a start, heartbeats
	 * that arrived while this instance was down are still being read: a worker counts as
	 * lost only once this instance has been up for a whole worker timeout.
	 */
	private Flux<Task> silentRunning(Instant now) {
		if (now.isBefore(this.startedAt.plus(this.workerTimeout))) {
			return Flux.empty();
		}
		return this.tasks.silentRunning(now.minus(this.workerTimeout), this.batchSize);
	}

	/**
	 * Changes each found task, re-read in its own transaction; says whether the batch was
	 * full.
	 */
	private Mono<Boolean> sweep(Flux<Task> found, BiFunction<Task, Instant, Outcome> decide) {
		return found.collectList()
			.flatMap((tasks) -> Flux.fromIterable(tasks)
				.concatMap((task) -> this.writer.run(() -> change(task, decide)).onErrorResume((ex) -> {
					logger.warn("Could not sweep task {}: {}", task.id(), ex.toString());
					return Mono.empty();
				}))
				.then(Mono.just(full(tasks))));
	}

	/**
	 * Decides on the task only if nothing happened to it since it was found: else the
	 * next pass looks again.
	 */
	private Mono<Effects> change(Task found, BiFunction<Task, Instant, Outcome> decide) {
		return this.tasks.find(found.id())
			.filter((task) -> task.lastSeq() == found.lastSeq())
			.flatMap((task) -> this.recorder.record(decide.apply(task, this.clock.instant()), null))
			.defaultIfEmpty(Effects.NONE);
	}

	private boolean full(List<Task> tasks) {
		return tasks.size() == this.batchSize;
	}

}
