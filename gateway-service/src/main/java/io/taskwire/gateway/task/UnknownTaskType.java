package io.taskwire.gateway.task;

import java.util.List;

import io.taskwire.gateway.problem.ProblemException;
import io.taskwire.gateway.problem.ProblemType;

/**
 * A submission names a type no worker has registered: 422, listing the known types.
 */
public class UnknownTaskType extends ProblemException {

	public UnknownTaskType(List<String> knownTypes) {
		super(ProblemType.UNKNOWN_TASK_TYPE,
				"No worker has registered this task type; /type must be one of " + "knownTypes.");
		getBody().setProperty("errors", List
			.of(new io.taskwire.gateway.problem.Violation("/type", "unknown-type", "is not a registered task type")));
		getBody().setProperty("knownTypes", List.copyOf(knownTypes));
	}

}
