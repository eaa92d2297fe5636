package io.taskwire.task.support;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Kafka's producer blocks the calling thread while it waits for metadata or buffer space
 * (the broker is down): sends are made from a thread that may block, never from an event
 * loop of the database driver or the web server.
 */
public final class KafkaSends {

	private KafkaSends() {
	}

	public static <T> Mono<T> offEventLoop(Mono<T> send) {
		return send.subscribeOn(Schedulers.boundedElastic());
	}

}
