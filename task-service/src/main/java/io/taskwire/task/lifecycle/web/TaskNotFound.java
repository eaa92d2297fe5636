package io.taskwire.task.lifecycle.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No task with that id exists for the caller: missing, someone else's or not an id at all
 * look the same.
 */
class TaskNotFound extends ErrorResponseException {

	TaskNotFound() {
		super(HttpStatus.NOT_FOUND, problem(), null);
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such task.");
		problem.setType(URI.create("https://taskwire.io/problems/task-not-found"));
		problem.setTitle("Task not found");
		return problem;
	}

}
