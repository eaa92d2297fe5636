package io.taskwire.worker.heartbeat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.WorkerIdentity;
import io.taskwire.worker.WorkerProperties;
import io.taskwire.worker.execution.Slots;
import io.taskwire.worker.execution.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Sends a {@link WorkerHeartbeat} every {@code taskwire.worker.heartbeat-interval}, and
 * one at once whenever the dispatch partitions change. On shutdown, after running
 * attempts were handed back, a last one says the worker takes nothing more: no free
 * slots, no partitions.
 */
@Component
class HeartbeatSender implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(HeartbeatSender.class);

	private static final Duration LAST_HEARTBEAT_TIMEOUT = Duration.ofSeconds(5);

	private final EventPublisher publisher;

	private final Slots slots;

	private final ObjectProvider<TaskExecutor> executor;

	private final DispatchPartitions partitions;

	private final String workerId;

	private final Duration interval;

	private final Clock clock;

	private volatile Disposable beating;

	/**
	 * The executor comes through a provider on purpose: a bean that injects another
	 * directly is stopped before it, whatever the phases, and this one must stop after
	 * the executor, to report that it handed everything back.
	 */
	HeartbeatSender(EventPublisher publisher, Slots slots, ObjectProvider<TaskExecutor> executor,
			DispatchPartitions partitions, WorkerIdentity identity, WorkerProperties properties, Clock clock) {
		this.publisher = publisher;
		this.slots = slots;
		this.executor = executor;
		this.partitions = partitions;
		this.workerId = identity.id();
		this.interval = properties.heartbeatInterval();
		this.clock = clock;
	}

	@Override
	public void start() {
		Flux<Object> ticks = Flux.interval(Duration.ZERO, this.interval).onBackpressureDrop().cast(Object.class);
		Flux<Object> changes = this.partitions.changes().onBackpressureLatest().cast(Object.class);
		this.beating = Flux.merge(ticks, changes).concatMap((trigger) -> beat(), 1).subscribe();
	}

	private Mono<Void> beat() {
		WorkerHeartbeat heartbeat = new WorkerHeartbeat(this.workerId, this.slots.free(),
				this.executor.getObject().running(), this.partitions.current());
		return send(heartbeat).onErrorResume((error) -> {
			logger.warn("Could not send a heartbeat: {}", error.toString());
			return Mono.empty();
		});
	}

	private Mono<Void> send(WorkerHeartbeat heartbeat) {
		return this.publisher.publish(Envelope.of(heartbeat, Traceparent.newRoot(), this.clock))
			.publishOn(Schedulers.parallel())
			.then();
	}

	@Override
	public void stop() {
		Disposable beating = this.beating;
		if (beating != null) {
			beating.dispose();
			this.beating = null;
		}
		Map<String, Integer> noSlots = new TreeMap<>();
		this.slots.free().keySet().forEach((type) -> noSlots.put(type, 0));
		try {
			send(new WorkerHeartbeat(this.workerId, noSlots, this.executor.getObject().running(), null))
				.block(LAST_HEARTBEAT_TIMEOUT);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not send the last heartbeat: {}", ex.toString());
		}
	}

	@Override
	public boolean isRunning() {
		return this.beating != null;
	}

	/**
	 * Starts before the listener containers, and stops after them and after the executor
	 * has handed its attempts back.
	 */
	@Override
	public int getPhase() {
		return AbstractMessageListenerContainer.DEFAULT_PHASE - 200;
	}

}
