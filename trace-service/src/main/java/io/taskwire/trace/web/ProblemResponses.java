package io.taskwire.trace.web;

import java.net.URI;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every error as an RFC 9457 problem with a {@code https://taskwire.io/problems/<slug>}
 * type, and never a stack trace, SQL or host name in it. A database that cannot be
 * reached is a 503 with {@code Retry-After}, which the gateway passes on.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	static final String TYPE_PREFIX = "https://taskwire.io/problems/";

	/** Seconds a caller should wait before asking again while the database is away. */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		if (body instanceof ProblemDetail problem && isBlank(problem.getType())) {
			problem.setType(typeOf(status));
		}
		return super.createResponseEntity(body, headers, status, exchange);
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "The call ledger is unavailable; try again shortly."));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Request failed", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed."));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(typeOf(status));
		return problem;
	}

	/**
	 * Spring leaves the type out, or sets {@code about:blank}, when it knows no better.
	 */
	private static boolean isBlank(URI type) {
		return type == null || ABOUT_BLANK.equals(type);
	}

	static URI typeOf(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String slug = (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-')
				: "status-" + status.value();
		return URI.create(TYPE_PREFIX + slug);
	}

}
