package io.taskwire.task.lifecycle;

import io.taskwire.contracts.TaskStatus;

/**
 * A transition the table does not allow was attempted: a bug in a decision, since
 * decisions only move tasks along allowed edges.
 */
public class IllegalTransition extends IllegalStateException {

	public IllegalTransition(TaskStatus from, TaskStatus to) {
		super("A task may not go from " + from + " to " + to);
	}

}
