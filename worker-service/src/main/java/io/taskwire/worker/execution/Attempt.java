package io.taskwire.worker.execution;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.worker.llm.CallOrigin;
import io.taskwire.worker.tasktype.RegisteredTaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * One attempt running here, from {@code TaskStarted} to exactly one of
 * {@code TaskSucceeded}, {@code TaskFailed}, {@code TaskCancelled} or
 * {@code TaskReleased}. Whichever ending comes first (the handler's outcome, a cancel
 * order, shutdown) wins a compare-and-set on the state; the others do nothing. Progress
 * still waiting in the throttle is sent before the ending.
 */
final class Attempt {

	private static final Logger logger = LoggerFactory.getLogger(Attempt.class);

	/** Where an attempt is in its life. */
	enum State {

		/** Started (or starting); the handler may be running. */
		RUNNING,
		/** The handler ended; its outcome is being reported. */
		CONCLUDED,
		/** Stopped by a cancel order. */
		CANCELLED,
		/** Handed back on shutdown. */
		RELEASED,
		/** Its start could not be published; it never ran and is forgotten. */
		ABANDONED

	}

	/** What the executor hears about an attempt's end. */
	interface Listener {

		/**
		 * Its ending was reported: free its slot and remember it.
		 * @param attempt the attempt
		 */
		void closed(Attempt attempt);

		/**
		 * It never started: free its slot and forget it, so a redelivery runs it.
		 * @param attempt the attempt
		 */
		void abandoned(Attempt attempt);

	}

	private final AttemptKey key;

	private final TaskDispatched dispatch;

	private final RegisteredTaskType type;

	private final String traceparent;

	private final String workerId;

	private final AttemptEvents events;

	private final FailureClassifier failures;

	private final ProgressThrottle progress;

	private final AttemptContext context;

	private final Listener listener;

	private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Sinks.Empty<Void> closedSignal = Sinks.empty();

	private volatile Disposable run;

	private volatile Disposable stopping;

	Attempt(TaskDispatched dispatch, RegisteredTaskType type, String traceparent, Listener listener,
			AttemptFactory services) {
		this.key = new AttemptKey(dispatch.taskId(), dispatch.attempt());
		this.dispatch = dispatch;
		this.type = type;
		this.traceparent = traceparent;
		this.listener = listener;
		this.workerId = services.workerId();
		this.events = services.events();
		this.failures = services.failures();
		this.progress = new ProgressThrottle(services.progressInterval(), Schedulers.parallel(), this::sendProgress);
		CallOrigin origin = new CallOrigin(dispatch.taskId(), dispatch.attempt(), dispatch.owner(), type.name(),
				dispatch.options(), traceparent, dispatch.input());
		this.context = new AttemptContext(dispatch, services.llm().forAttempt(origin, this::sendLog), this.progress,
				this::sendLog);
	}

	AttemptKey key() {
		return this.key;
	}

	String typeName() {
		return this.type.name();
	}

	/**
	 * Publishes {@code TaskStarted} and, once the broker has it, runs the handler.
	 * @return completes when {@code TaskStarted} is published; fails when it could not be
	 */
	Mono<Void> start() {
		Mono<Void> started = this.events
			.send(new TaskStarted(this.key.taskId(), this.key.attempt(), this.workerId), this.traceparent)
			.cache();
		this.run = started.then(Mono.defer(this::execute)).subscribe(null, this::abandon);
		return started;
	}

	private Mono<Void> execute() {
		Duration limit = Duration.ofSeconds(this.dispatch.attemptTimeLimitSeconds());
		return Mono.defer(this::handle)
			.timeout(limit, Mono.error(() -> new AttemptTimedOut(limit)))
			.map(this::succeeded)
			.switchIfEmpty(Mono.fromSupplier(() -> failed(
					new IllegalStateException("The handler of " + this.type.name() + " completed without a result"))))
			.onErrorResume((error) -> Mono.just(failed(error)))
			.flatMap(this::conclude);
	}

	private Mono<JsonNode> handle() {
		this.type.validate(this.dispatch.input());
		return Objects.requireNonNull(this.type.type().handle(this.context),
				"The handler of " + this.type.name() + " returned null instead of a Mono");
	}

	private WorkerEvent succeeded(JsonNode result) {
		return new TaskSucceeded(this.key.taskId(), this.key.attempt(), this.workerId, result);
	}

	private WorkerEvent failed(Throwable error) {
		Failure failure = this.failures.classify(error);
		return new TaskFailed(this.key.taskId(), this.key.attempt(), this.workerId, failure.kind(), failure.message(),
				failure.detail(), failure.retryable(), failure.retryNotBefore());
	}

	private Mono<Void> conclude(WorkerEvent outcome) {
		if (!this.state.compareAndSet(State.RUNNING, State.CONCLUDED)) {
			return Mono.empty();
		}
		this.progress.close();
		return this.events.sendSurely(outcome, this.traceparent).doFinally((signal) -> close());
	}

	/**
	 * Stops the attempt after a cancel order and reports {@code TaskCancelled}; does
	 * nothing when it already ended.
	 */
	void cancel() {
		stop(State.CANCELLED, new TaskCancelled(this.key.taskId(), this.key.attempt(), this.workerId));
	}

	/**
	 * Stops the attempt and hands it back ({@code TaskReleased}); does nothing when it
	 * already ended.
	 * @param reason why
	 */
	void release(String reason) {
		stop(State.RELEASED, new TaskReleased(this.key.taskId(), this.key.attempt(), this.workerId, reason));
	}

	private void stop(State ending, WorkerEvent event) {
		if (!this.state.compareAndSet(State.RUNNING, ending)) {
			return;
		}
		this.run.dispose();
		this.progress.close();
		this.stopping = this.events.sendSurely(event, this.traceparent).doFinally((signal) -> close()).subscribe();
	}

	/**
	 * Gives up reporting (the worker is going away and its producer with it).
	 */
	void abort() {
		this.run.dispose();
		Disposable stopping = this.stopping;
		if (stopping != null) {
			stopping.dispose();
		}
	}

	/**
	 * Completes when the attempt's ending was reported.
	 * @return the signal
	 */
	Mono<Void> closed() {
		return this.closedSignal.asMono();
	}

	private void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.listener.closed(this);
			this.closedSignal.tryEmitEmpty();
		}
	}

	private void abandon(Throwable error) {
		if (this.state.compareAndSet(State.RUNNING, State.ABANDONED)) {
			logger.warn("Could not publish the start of {}; it will run when redelivered: {}", this.key,
					error.toString());
			this.progress.discard();
			this.listener.abandoned(this);
			this.closedSignal.tryEmitEmpty();
		}
		else {
			logger.error("Attempt {} failed after it ended", this.key, error);
		}
	}

	private void sendProgress(ProgressUpdate update) {
		this.events.sendLater(new TaskProgressed(this.key.taskId(), this.key.attempt(), this.workerId,
				update.progress(), update.checkpoint()), this.traceparent);
	}

	private void sendLog(LogLine line) {
		if (this.state.get() == State.RUNNING) {
			this.events.sendLater(new TaskLogged(this.key.taskId(), this.key.attempt(), this.workerId, line),
					this.traceparent);
		}
	}

}
