package io.taskwire.task.support;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A signal that there may be work for a {@link PollingLoop} now, so that it need not wait
 * for its next tick. Losing a signal is harmless: the loop polls anyway.
 */
public final class Wakeup {

	private final Sinks.Many<Boolean> sink = Sinks.many().multicast().directBestEffort();

	public void wake() {
		// a concurrent emission may fail; the signal that won wakes the loop just as well
		this.sink.tryEmitNext(Boolean.TRUE);
	}

	Flux<Boolean> signals() {
		return this.sink.asFlux();
	}

}
