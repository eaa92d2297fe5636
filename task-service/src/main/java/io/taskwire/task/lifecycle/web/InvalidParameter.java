package io.taskwire.task.lifecycle.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter that is not what the API takes; the detail names the parameter and
 * never echoes its value.
 */
class InvalidParameter extends ErrorResponseException {

	InvalidParameter(String name, String expected) {
		super(HttpStatus.BAD_REQUEST, problem(name, expected), null);
	}

	private static ProblemDetail problem(String name, String expected) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + name + "' must be " + expected + ".");
		problem.setType(URI.create("https://taskwire.io/problems/invalid-parameter"));
		problem.setTitle("Invalid parameter");
		return problem;
	}

}
