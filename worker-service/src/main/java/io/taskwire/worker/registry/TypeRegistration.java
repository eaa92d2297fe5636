package io.taskwire.worker.registry;

import java.time.Clock;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Traceparent;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.PublishRetry;
import io.taskwire.worker.tasktype.RegisteredTaskType;
import io.taskwire.worker.tasktype.TaskTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the worker is up, publishes a {@code TaskTypeRegistered} per type, keyed by type
 * name, retrying while the broker is away. Every instance publishes; compaction keeps the
 * latest registration of each type.
 */
@Component
class TypeRegistration implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(TypeRegistration.class);

	private final TaskTypes types;

	private final EventPublisher publisher;

	private final PublishRetry retry;

	private final Clock clock;

	private volatile Disposable registering;

	TypeRegistration(TaskTypes types, EventPublisher publisher, PublishRetry retry, Clock clock) {
		this.types = types;
		this.publisher = publisher;
		this.retry = retry;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void register() {
		this.registering = Flux.fromIterable(this.types.all())
			.concatMap(this::register)
			.then()
			.subscribe(null, (error) -> logger.error("Could not register the task types", error), () -> logger
				.info("Registered task types {}", this.types.all().stream().map(RegisteredTaskType::name).toList()));
	}

	private Mono<Void> register(RegisteredTaskType type) {
		return this.publisher.publish(Envelope.of(type.registration(), Traceparent.newRoot(), this.clock))
			.retryWhen(this.retry.spec("the registration of " + type.name()))
			.publishOn(Schedulers.parallel())
			.then();
	}

	@Override
	public void destroy() {
		Disposable registering = this.registering;
		if (registering != null) {
			registering.dispose();
		}
	}

}
