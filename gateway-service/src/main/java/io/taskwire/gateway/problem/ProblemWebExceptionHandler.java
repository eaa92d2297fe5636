package io.taskwire.gateway.problem;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The one place errors become responses: every exception from a filter, a controller or
 * the framework is answered as {@code application/problem+json} (before Boot's default
 * error handler, which would answer with its own JSON). A 503 always carries
 * {@code Retry-After}. Responses already streaming (server-sent events) are only closed.
 */
public class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Log logger = LogFactory.getLog(ProblemWebExceptionHandler.class);

	private final JsonMapper jsonMapper;

	private final Duration retryAfter;

	public ProblemWebExceptionHandler(JsonMapper jsonMapper, Duration retryAfter) {
		this.jsonMapper = jsonMapper;
		this.retryAfter = retryAfter;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		Problems.Problem problem = Problems.from(ex);
		log(exchange, problem, ex);
		response.setStatusCode(HttpStatus.valueOf(problem.status()));
		HttpHeaders headers = response.getHeaders();
		headers.clear();
		headers.addAll(problem.headers());
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setCacheControl("no-store");
		if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE.value()
				&& !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, this.retryAfter.toSeconds())));
		}
		byte[] bytes = this.jsonMapper.writeValueAsBytes(problem.body());
		DataBuffer buffer = response.bufferFactory().wrap(bytes);
		return response.writeWith(Mono.just(buffer));
	}

	private void log(ServerWebExchange exchange, Problems.Problem problem, Throwable ex) {
		String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
		if (problem.correlationId() != null) {
			logger.error("Internal error " + problem.correlationId() + " answering " + request, ex);
		}
		else if (problem.status() >= 500) {
			logger.warn(request + " answered " + problem.status() + ": " + ex.getMessage(), ex.getCause());
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(request + " answered " + problem.status() + ": " + ex.getMessage());
		}
	}

	/**
	 * Before Boot's {@code ErrorWebExceptionHandler} (-1) and WebFlux's status handler
	 * (0).
	 */
	@Override
	public int getOrder() {
		return -2;
	}

}
