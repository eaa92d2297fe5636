package io.taskwire.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * Turns any exception into the problem the client sees. Our own exceptions carry their
 * problem; framework errors (a route that does not exist, a wrong media type, unreadable
 * JSON) are given the catalogue type of their status; anything else is an internal error
 * whose details stay in the log, under a correlation id the client also gets.
 */
final class Problems {

	private Problems() {
	}

	static Problem from(Throwable ex) {
		if (ex instanceof ProblemException problem) {
			return new Problem(problem.getStatusCode().value(), problem.getHeaders(), problem.getBody(), null);
		}
		if (ex instanceof DataBufferLimitException) {
			return of(ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is too large."), new HttpHeaders());
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			return fromFramework(response);
		}
		if (isUnavailableDatabase(ex)) {
			return of(ProblemType.SERVICE_UNAVAILABLE
				.problem("A service this request depends on is unavailable; try again later."), new HttpHeaders());
		}
		String correlationId = UUID.randomUUID().toString();
		ProblemDetail problem = ProblemType.INTERNAL_ERROR
			.problem("Something went wrong on our side. Quote the correlation id when you report it.");
		problem.setProperty("correlationId", correlationId);
		return new Problem(500, new HttpHeaders(), problem, correlationId);
	}

	/** The database cannot be reached now, or did not answer in time. */
	private static boolean isUnavailableDatabase(Throwable ex) {
		return ex instanceof DataAccessResourceFailureException || ex instanceof TransientDataAccessException
				|| ex instanceof RecoverableDataAccessException;
	}

	private static Problem fromFramework(ErrorResponse response) {
		int status = response.getStatusCode().value();
		ProblemDetail framework = response.getBody();
		ProblemDetail problem = ProblemType.forStatus(status)
			.map((type) -> type.problem(framework.getDetail()))
			.orElseGet(() -> ProblemDetail.forStatusAndDetail(response.getStatusCode(), framework.getDetail()));
		if (problem.getDetail() == null) {
			problem.setDetail(problem.getTitle() + ".");
		}
		return of(problem, response.getHeaders());
	}

	private static Problem of(ProblemDetail problem, HttpHeaders headers) {
		return new Problem(problem.getStatus(), headers, problem, null);
	}

	/**
	 * A rendered problem.
	 *
	 * @param status the HTTP status
	 * @param headers headers that belong to it ({@code Allow}, {@code WWW-Authenticate})
	 * @param detail the problem
	 * @param correlationId set for internal errors, whose cause is logged under it
	 */
	record Problem(int status, HttpHeaders headers, ProblemDetail detail, String correlationId) {

		/** The JSON members in RFC 9457 order, then the extensions. */
		Map<String, Object> body() {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", this.detail.getType().toString());
			body.put("title", this.detail.getTitle());
			body.put("status", this.status);
			body.put("detail", this.detail.getDetail());
			if (this.detail.getProperties() != null) {
				body.putAll(this.detail.getProperties());
			}
			return body;
		}

	}

}
