package io.taskwire.contracts.worker;

import java.util.UUID;

import io.taskwire.contracts.Message;

/**
 * Something that happened to one attempt of a task on a worker. The attempt number is the
 * fencing token: task-service ignores (and records) events of an attempt that is no
 * longer current.
 */
public sealed interface WorkerEvent extends Message permits TaskStarted, TaskProgressed, TaskLogged, TaskSucceeded,
		TaskFailed, TaskCancelled, TaskRejected, TaskReleased {

	UUID taskId();

	int attempt();

	String workerId();

	@Override
	default String key() {
		return taskId().toString();
	}

}
