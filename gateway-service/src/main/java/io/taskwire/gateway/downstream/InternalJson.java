package io.taskwire.gateway.downstream;

import java.time.Duration;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The one way the gateway reads the internal API: 200 gives the body's bytes, 404 gives
 * nothing (not found, or not this owner's), and everything else — another status, an
 * empty body, no connection, a timeout — fails with {@link DownstreamUnavailable}. The
 * whole call (waiting for a connection, connecting, the answer) is bounded.
 */
final class InternalJson {

	private InternalJson() {
	}

	static Mono<byte[]> get(WebClient client, String service, Duration timeout,
			Function<WebClient, WebClient.RequestHeadersSpec<?>> request) {
		return request.apply(client)
			.exchangeToMono((response) -> read(service, response))
			.timeout(timeout)
			.onErrorMap((ex) -> !(ex instanceof DownstreamUnavailable), (ex) -> new DownstreamUnavailable(service, ex));
	}

	private static Mono<byte[]> read(String service, ClientResponse response) {
		if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
			return response.releaseBody().then(Mono.empty());
		}
		if (response.statusCode().value() == HttpStatus.OK.value()) {
			return response.bodyToMono(byte[].class)
				.switchIfEmpty(Mono.error(() -> new DownstreamUnavailable(service,
						new IllegalStateException(service + " answered 200 without a body"))));
		}
		return response.releaseBody()
			.then(Mono.error(() -> new DownstreamUnavailable(service,
					new IllegalStateException(service + " answered " + response.statusCode()))));
	}

}
