package io.taskwire.gateway.auth;

import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets a request through only with a bearer credential one of the {@link Authenticator}s
 * accepts, and stores the {@link Caller} on the exchange; without one, the answer is a
 * 401 problem, and a caller without the role a route needs gets a 403. Deny by default:
 * see {@link RouteAccess} for what is public (health probes, the API docs).
 */
public class AuthenticationFilter implements WebFilter, Ordered {

	/** Runs early, but after the service-token filter of {@code /internal/}. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private static final String BEARER = "bearer ";

	private final List<Authenticator> authenticators;

	public AuthenticationFilter(List<Authenticator> authenticators) {
		this.authenticators = List.copyOf(authenticators);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		RouteAccess access = RouteAccess.of(exchange.getRequest().getPath().pathWithinApplication());
		if (access == RouteAccess.PUBLIC) {
			return chain.filter(exchange);
		}
		List<String> authorization = exchange.getRequest().getHeaders().get(HttpHeaders.AUTHORIZATION);
		if (authorization == null || authorization.isEmpty()) {
			return Mono.error(Unauthorized.missingCredential());
		}
		String credential = bearerCredential(authorization);
		if (credential == null) {
			return Mono.error(Unauthorized.invalidCredential());
		}
		return authenticate(credential).flatMap((caller) -> {
			if (access == RouteAccess.ADMIN && !caller.isAdmin()) {
				return Mono.error(new Forbidden());
			}
			exchange.getAttributes().put(Caller.ATTRIBUTE, caller);
			return chain.filter(exchange);
		});
	}

	private Mono<Caller> authenticate(String credential) {
		return Flux.fromIterable(this.authenticators)
			.concatMap((authenticator) -> authenticator.authenticate(credential))
			.next()
			.switchIfEmpty(Mono.error(Unauthorized::invalidCredential));
	}

	/** The credential of a single {@code Bearer} header, or {@code null}. */
	private static String bearerCredential(List<String> authorization) {
		if (authorization.size() != 1) {
			return null;
		}
		String value = authorization.get(0);
		if (value.length() <= BEARER.length()
				|| !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
			return null;
		}
		String credential = value.substring(BEARER.length()).strip();
		return credential.isEmpty() ? null : credential;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
