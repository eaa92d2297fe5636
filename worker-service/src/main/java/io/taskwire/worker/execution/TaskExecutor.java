package io.taskwire.worker.execution;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;
import io.taskwire.worker.WorkerIdentity;
import io.taskwire.worker.WorkerProperties;
import io.taskwire.worker.execution.AttemptRegistry.Ended;
import io.taskwire.worker.tasktype.RegisteredTaskType;
import io.taskwire.worker.tasktype.TaskTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Decides what happens to each dispatch and each cancel order, and hands running attempts
 * back on shutdown. Admission and cancellation share one lock, so an attempt's
 * {@code TaskStarted} is always sent before its {@code TaskCancelled}.
 * <p>
 * A dispatch of an attempt that runs or ran here is ignored (a redelivery); one of an
 * unknown type, or of a type without a free slot, is rejected; otherwise it takes a slot
 * and starts, and the caller waits only for {@code TaskStarted}, never for the handler.
 */
@Component
public class TaskExecutor implements SmartLifecycle {

	/**
	 * Stops after the listener containers, so no dispatch arrives while it hands back.
	 */
	static final int PHASE = AbstractMessageListenerContainer.DEFAULT_PHASE - 100;

	private static final Logger logger = LoggerFactory.getLogger(TaskExecutor.class);

	private final TaskTypes types;

	private final Slots slots;

	private final AttemptFactory attempts;

	private final AttemptEvents events;

	private final String workerId;

	private final Duration shutdownTimeout;

	private final AttemptRegistry registry;

	private final Attempt.Listener listener = new RegistryListener();

	private volatile boolean running;

	private volatile boolean draining;

	TaskExecutor(TaskTypes types, Slots slots, AttemptFactory attempts, AttemptEvents events, WorkerIdentity identity,
			WorkerProperties properties) {
		this.types = types;
		this.slots = slots;
		this.attempts = attempts;
		this.events = events;
		this.workerId = identity.id();
		this.shutdownTimeout = properties.shutdownTimeout();
		this.registry = new AttemptRegistry(properties.rememberedAttempts());
	}

	/**
	 * Acts on a dispatch.
	 * @param dispatch the dispatch
	 * @param traceparent the trace context it came with
	 * @return completes when what it caused ({@code TaskStarted}, {@code TaskRejected})
	 * is published
	 */
	public synchronized Mono<Void> admit(TaskDispatched dispatch, String traceparent) {
		AttemptKey key = new AttemptKey(dispatch.taskId(), dispatch.attempt());
		String trace = Traceparent.childOf(traceparent);
		if (this.registry.isKnown(key)) {
			logger.debug("Ignoring the redelivered dispatch of {}", key);
			return Mono.empty();
		}
		if (this.registry.wasCancelledBeforeDispatch(key)) {
			this.registry.remember(key, Ended.REPORTED);
			return this.events.send(new TaskCancelled(key.taskId(), key.attempt(), this.workerId), trace);
		}
		if (!this.running || this.draining) {
			return reject(key, trace, "The worker is shutting down");
		}
		Optional<RegisteredTaskType> type = this.types.find(dispatch.type());
		if (type.isEmpty()) {
			return reject(key, trace, "This worker does not run task type '" + dispatch.type() + "'");
		}
		if (!this.slots.tryAcquire(dispatch.type())) {
			return reject(key, trace, "No free slot for task type '" + dispatch.type() + "'");
		}
		Attempt attempt = this.attempts.create(dispatch, type.get(), trace, this.listener);
		this.registry.add(attempt);
		return attempt.start();
	}

	private Mono<Void> reject(AttemptKey key, String trace, String reason) {
		logger.info("Rejecting {}: {}", key, reason);
		return this.events.send(new TaskRejected(key.taskId(), key.attempt(), this.workerId, reason), trace)
			.doOnSuccess((done) -> rememberReported(key));
	}

	private synchronized void rememberReported(AttemptKey key) {
		this.registry.remember(key, Ended.REPORTED);
	}

	/**
	 * Acts on a cancel order naming this worker: stops the attempt and reports
	 * {@code TaskCancelled}. An order that comes before its dispatch is kept, and the
	 * dispatch is then answered with {@code TaskCancelled} instead of running.
	 * @param order the order
	 */
	public synchronized void cancel(CancelAttempt order) {
		AttemptKey key = new AttemptKey(order.taskId(), order.attempt());
		Attempt attempt = this.registry.running(key);
		if (attempt != null) {
			logger.info("Cancelling {} ({})", key, order.reason().wireName());
			attempt.cancel();
		}
		else if (!this.registry.isKnown(key)) {
			this.registry.remember(key, Ended.CANCELLED_BEFORE_DISPATCH);
		}
	}

	/**
	 * The attempts running here now, for heartbeats.
	 * @return the running attempts
	 */
	public synchronized List<RunningAttempt> running() {
		return this.registry.runningAttempts()
			.stream()
			.map((attempt) -> new RunningAttempt(attempt.key().taskId(), attempt.key().attempt()))
			.toList();
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * The first step of shutdown: takes no more work (dispatches are answered with
	 * {@code TaskRejected}, heartbeats offer no slot) and lets the running attempts
	 * finish, for at most the grace period. What still runs after it is handed back by
	 * {@link #stop()}.
	 * @param grace how long running attempts may take to finish
	 */
	void drain(Duration grace) {
		List<Attempt> running;
		synchronized (this) {
			this.draining = true;
			running = this.registry.runningAttempts();
		}
		this.slots.close();
		if (running.isEmpty() || grace.isZero() || grace.isNegative()) {
			return;
		}
		logger.info("Shutting down: letting {} running attempts finish within {}", running.size(), grace);
		try {
			Mono.when(running.stream().map(Attempt::closed).toList()).block(grace);
		}
		catch (IllegalStateException ex) {
			logger.info("Attempts still running after {} are handed back", grace);
		}
	}

	/**
	 * Hands every attempt still running back ({@code TaskReleased}), after the progress
	 * each still had waiting, and waits a while for those reports to be published.
	 */
	@Override
	public void stop() {
		List<Attempt> handedBack;
		synchronized (this) {
			this.running = false;
			handedBack = this.registry.runningAttempts();
		}
		handedBack.forEach((attempt) -> attempt.release("The worker is shutting down"));
		try {
			Mono.when(handedBack.stream().map(Attempt::closed).toList()).block(this.shutdownTimeout);
		}
		catch (IllegalStateException ex) {
			logger.warn("Not every released attempt was reported within {}", this.shutdownTimeout);
		}
		handedBack.forEach(Attempt::abort);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private final class RegistryListener implements Attempt.Listener {

		@Override
		public void closed(Attempt attempt) {
			synchronized (TaskExecutor.this) {
				TaskExecutor.this.registry.remember(attempt.key(), Ended.REPORTED);
			}
			TaskExecutor.this.slots.release(attempt.typeName());
		}

		@Override
		public void abandoned(Attempt attempt) {
			synchronized (TaskExecutor.this) {
				TaskExecutor.this.registry.forget(attempt.key());
			}
			TaskExecutor.this.slots.release(attempt.typeName());
		}

	}

}
