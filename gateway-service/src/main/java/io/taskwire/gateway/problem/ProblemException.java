package io.taskwire.gateway.problem;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error the gateway answers with a problem of its catalogue. Subclasses are named
 * after the fact ({@code TaskNotFound}, {@code ValidationFailed}).
 */
public class ProblemException extends ErrorResponseException {

	public ProblemException(ProblemType type, String detail) {
		this(type, detail, null);
	}

	public ProblemException(ProblemType type, String detail, Throwable cause) {
		this(type, type.problem(detail), cause);
	}

	protected ProblemException(ProblemType type, ProblemDetail body, Throwable cause) {
		super(type.status(), body, cause);
	}

}
