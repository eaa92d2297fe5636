package io.taskwire.gateway.task.events;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.status.StatusEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * One stream's attachment to the live events of one task. Events are held in a bounded
 * buffer until the stream takes them — in particular while it is still sending the
 * timeline it fetched after attaching. A stream whose buffer overflows is failed at once
 * with {@link SubscriberTooSlow} (see {@link #overflow()}) rather than let to miss
 * events; its client resumes with {@code Last-Event-ID}.
 */
public final class LiveSubscription implements AutoCloseable {

	private final UUID taskId;

	private final Sinks.Many<Envelope<StatusEvent>> sink;

	private final Sinks.One<Envelope<StatusEvent>> overflow = Sinks.one();

	private final Consumer<LiveSubscription> onClose;

	LiveSubscription(UUID taskId, int bufferSize, Consumer<LiveSubscription> onClose) {
		this.taskId = taskId;
		this.sink = Sinks.many().unicast().onBackpressureBuffer(Queues.<Envelope<StatusEvent>>get(bufferSize).get());
		this.onClose = onClose;
	}

	public UUID taskId() {
		return this.taskId;
	}

	/** The live events, from the moment of attaching. */
	public Flux<Envelope<StatusEvent>> events() {
		return this.sink.asFlux();
	}

	/**
	 * Fails with {@link SubscriberTooSlow} when the buffer overflows, and never emits a
	 * value. Kept apart from {@link #events()}, whose error would only be seen after the
	 * buffer it waits behind had been read.
	 * @return the overflow signal
	 */
	public Mono<Envelope<StatusEvent>> overflow() {
		return this.overflow.asMono();
	}

	/**
	 * Hands a live event over; called on the feed's thread only.
	 * @param event the event
	 * @return {@code false} when the buffer was full and the stream has been failed
	 */
	boolean offer(Envelope<StatusEvent> event) {
		Sinks.EmitResult result = this.sink.tryEmitNext(event);
		// before the stream reads, a full buffer says FAIL_ZERO_SUBSCRIBER
		if (result == Sinks.EmitResult.FAIL_OVERFLOW || result == Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			close();
			this.overflow.tryEmitError(new SubscriberTooSlow());
			return false;
		}
		return true;
	}

	/**
	 * Ends the live events: the stream sends what it has and completes, and its client
	 * resumes elsewhere with {@code Last-Event-ID}. For shutting down.
	 */
	void end() {
		this.sink.emitComplete(Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200)));
	}

	@Override
	public void close() {
		this.onClose.accept(this);
	}

	/** A stream's client read too slowly and its buffer of live events filled. */
	public static class SubscriberTooSlow extends RuntimeException {

		SubscriberTooSlow() {
			super("the stream's buffer of live events is full", null, false, false);
		}

	}

}
