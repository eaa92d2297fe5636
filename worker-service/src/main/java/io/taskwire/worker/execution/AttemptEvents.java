package io.taskwire.worker.execution;

import java.time.Clock;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.PublishRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Publishes what happens to attempts on {@code tasks.worker-events}, keyed by task id, so
 * one task's events stay in order. The Kafka send is made when the returned {@link Mono}
 * is subscribed: callers subscribe in the order the events happened.
 */
@Component
class AttemptEvents {

	private static final Logger logger = LoggerFactory.getLogger(AttemptEvents.class);

	private final EventPublisher publisher;

	private final Clock clock;

	private final PublishRetry retry;

	AttemptEvents(EventPublisher publisher, Clock clock, PublishRetry retry) {
		this.publisher = publisher;
		this.clock = clock;
		this.retry = retry;
	}

	/**
	 * Sends once.
	 * @param event the event
	 * @param traceparent the attempt's trace context
	 * @return completes when the broker has the event, on a Reactor thread (never the
	 * producer's I/O thread)
	 */
	Mono<Void> send(WorkerEvent event, String traceparent) {
		return send(Envelope.of(event, traceparent, this.clock));
	}

	/**
	 * Sends an event that must get through, such as an outcome, retrying while the broker
	 * is away; every retry carries the same event id.
	 * @param event the event
	 * @param traceparent the attempt's trace context
	 * @return completes when the broker has the event
	 */
	Mono<Void> sendSurely(WorkerEvent event, String traceparent) {
		Envelope<WorkerEvent> envelope = Envelope.of(event, traceparent, this.clock);
		return send(envelope).retryWhen(this.retry.spec(envelope.type()));
	}

	/**
	 * Sends without waiting; a failure is logged. For progress and log lines, which later
	 * ones supersede.
	 * @param event the event
	 * @param traceparent the attempt's trace context
	 */
	void sendLater(WorkerEvent event, String traceparent) {
		send(event, traceparent).subscribe(null, (error) -> logger.warn("Could not publish {} of {}: {}",
				event.getClass().getSimpleName(), event.taskId(), error.toString()));
	}

	private Mono<Void> send(Envelope<WorkerEvent> envelope) {
		return this.publisher.publish(envelope).publishOn(Schedulers.parallel()).then();
	}

}
