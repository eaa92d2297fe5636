package io.taskwire.gateway.task;

import io.taskwire.gateway.problem.ProblemException;
import io.taskwire.gateway.problem.ProblemType;

/**
 * No task with this id that the caller may see. The problem is the same, byte for byte,
 * whether the id is malformed, unknown or another user's: it names neither the id nor the
 * reason.
 */
public class TaskNotFound extends ProblemException {

	public TaskNotFound() {
		super(ProblemType.TASK_NOT_FOUND, "There is no task with this id.");
	}

}
