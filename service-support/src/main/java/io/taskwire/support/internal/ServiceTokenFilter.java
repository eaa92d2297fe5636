package io.taskwire.support.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets a request under {@code /internal/} through only with the service token as its
 * bearer credential; anything else gets a 401 problem that tells nothing about the
 * service.
 */
public class ServiceTokenFilter implements WebFilter, Ordered {

	static final String INTERNAL_SEGMENT = "internal";

	private static final byte[] UNAUTHORIZED = ("{\"type\":\"https://taskwire.io/problems/unauthorized\","
			+ "\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"A valid service token is required.\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final byte[] expected;

	public ServiceTokenFilter(String serviceToken) {
		this.expected = (serviceToken == null || serviceToken.isBlank()) ? null
				: ("Bearer " + serviceToken).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isInternal(exchange.getRequest().getPath().pathWithinApplication())) {
			return chain.filter(exchange);
		}
		if (carriesToken(exchange)) {
			return chain.filter(exchange);
		}
		exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = exchange.getResponse().bufferFactory().wrap(UNAUTHORIZED);
		return exchange.getResponse().writeWith(Mono.just(body));
	}

	/**
	 * Judged on the decoded first segment without matrix variables, as the router sees
	 * it, so that {@code /%69nternal/} or {@code /internal;x=1/} cannot slip past.
	 */
	private static boolean isInternal(PathContainer path) {
		for (PathContainer.Element element : path.elements()) {
			if (element instanceof PathContainer.PathSegment segment && !segment.valueToMatch().isEmpty()) {
				return segment.valueToMatch().equalsIgnoreCase(INTERNAL_SEGMENT);
			}
		}
		return false;
	}

	private boolean carriesToken(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return this.expected != null && authorization != null
				&& MessageDigest.isEqual(this.expected, authorization.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
