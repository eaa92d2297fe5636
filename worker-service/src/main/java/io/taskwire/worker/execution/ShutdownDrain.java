package io.taskwire.worker.execution;

import java.time.Duration;

import io.taskwire.worker.WorkerProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * The first thing a stopping worker does (SIGTERM): it stops before the listener
 * containers, so that while running attempts get {@code taskwire.worker.shutdown-grace}
 * to finish, dispatches still arriving are answered with {@code TaskRejected} (they never
 * started, so task-service queues them again without using an attempt) and cancel orders
 * are still obeyed. Then the containers stop, and the executor hands back what still runs
 * ({@code TaskReleased}).
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	/** Higher than the containers' phase: stops before them. */
	static final int PHASE = AbstractMessageListenerContainer.DEFAULT_PHASE + 50;

	private final TaskExecutor executor;

	private final Duration grace;

	private volatile boolean running;

	ShutdownDrain(TaskExecutor executor, WorkerProperties properties) {
		this.executor = executor;
		this.grace = properties.shutdownGrace();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.executor.drain(this.grace);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
