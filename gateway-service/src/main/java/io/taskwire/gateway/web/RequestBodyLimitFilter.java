package io.taskwire.gateway.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Caps every request body: a declared {@code Content-Length} over the cap is refused
 * before anything is read, and a body without one (chunked) fails as soon as the bytes
 * read pass the cap. Either way the answer is 413, and nothing beyond the cap is
 * buffered.
 */
class RequestBodyLimitFilter implements WebFilter, Ordered {

	private final long maxBytes;

	RequestBodyLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getHeaders().getContentLength() > this.maxBytes) {
			return Mono.error(new PayloadTooLarge(this.maxBytes));
		}
		return chain.filter(exchange.mutate().request(new LimitedRequest(request, this.maxBytes)).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	private static final class LimitedRequest extends ServerHttpRequestDecorator {

		private final long maxBytes;

		LimitedRequest(ServerHttpRequest delegate, long maxBytes) {
			super(delegate);
			this.maxBytes = maxBytes;
		}

		@Override
		public Flux<DataBuffer> getBody() {
			return Flux.defer(() -> {
				AtomicLong read = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (read.addAndGet(buffer.readableByteCount()) > this.maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(new PayloadTooLarge(this.maxBytes));
					}
					else {
						sink.next(buffer);
					}
				});
			});
		}

	}

}
