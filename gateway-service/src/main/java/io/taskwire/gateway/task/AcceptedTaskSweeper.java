package io.taskwire.gateway.task;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Removes accepted rows older than their retention. By then task-service has long
 * recorded the task and answers for it; the rows would otherwise grow without end. Every
 * gateway instance sweeps; the delete is idempotent.
 */
public class AcceptedTaskSweeper implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(AcceptedTaskSweeper.class);

	private final AcceptedTasks acceptedTasks;

	private final TaskProperties properties;

	private final Clock clock;

	private volatile Disposable sweeping;

	public AcceptedTaskSweeper(AcceptedTasks acceptedTasks, TaskProperties properties, Clock clock) {
		this.acceptedTasks = acceptedTasks;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Removes every row past its retention now.
	 * @return how many were removed
	 */
	public Mono<Long> sweep() {
		return this.acceptedTasks.deleteAcceptedBefore(this.clock.instant().minus(this.properties.acceptedRetention()));
	}

	@Override
	public void start() {
		this.sweeping = Flux.interval(this.properties.sweepInterval())
			.concatMap((tick) -> sweep().onErrorResume((ex) -> {
				logger.warn("Sweeping accepted tasks failed; trying again in " + this.properties.sweepInterval() + ": "
						+ ex);
				return Mono.empty();
			}))
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.sweeping;
		if (current != null) {
			current.dispose();
			this.sweeping = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.sweeping != null;
	}

}
