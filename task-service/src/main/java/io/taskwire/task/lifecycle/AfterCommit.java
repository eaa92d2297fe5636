package io.taskwire.task.lifecycle;

import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.task.support.KafkaSends;
import io.taskwire.task.support.Wakeups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Carries out the {@link Effects} of committed changes. Orders to workers are sent on a
 * best-effort basis: a worker that misses one is fenced by its attempt number at its next
 * event, and its lease or heartbeat runs out.
 */
@Component
public class AfterCommit {

	private static final Logger logger = LoggerFactory.getLogger(AfterCommit.class);

	private final EventPublisher publisher;

	private final Wakeups wakeups;

	public AfterCommit(EventPublisher publisher, Wakeups wakeups) {
		this.publisher = publisher;
		this.wakeups = wakeups;
	}

	public Mono<Void> run(Effects effects) {
		if (effects.wakeOutbox()) {
			this.wakeups.outbox().wake();
		}
		if (effects.wakeDispatcher()) {
			this.wakeups.dispatcher().wake();
		}
		return Flux.fromIterable(effects.orders())
			.flatMap((order) -> KafkaSends.offEventLoop(this.publisher.publish(order)).onErrorResume((ex) -> {
				logger.warn("Could not send {} to worker {}: {}", order.type(), order.payload().workerId(),
						ex.toString());
				return Mono.empty();
			}))
			.then();
	}

}
