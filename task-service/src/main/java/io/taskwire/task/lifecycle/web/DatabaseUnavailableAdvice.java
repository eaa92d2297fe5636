package io.taskwire.task.lifecycle.web;

import java.net.URI;

import io.r2dbc.spi.R2dbcException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database cannot answer: 503 with {@code Retry-After}, and nothing of the failure
 * (no SQL, host or stack trace) in the body.
 */
@RestControllerAdvice(assignableTypes = InternalTaskController.class)
class DatabaseUnavailableAdvice {

	@ExceptionHandler({ DataAccessException.class, R2dbcException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Tasks cannot be read right now.");
		problem.setType(URI.create("https://taskwire.io/problems/unavailable"));
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
	}

}
