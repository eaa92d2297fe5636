package io.taskwire.contracts.command;

import java.util.UUID;

import io.taskwire.contracts.Message;

/**
 * A request about one task, sent by the gateway to task-service.
 */
public sealed interface TaskCommand extends Message permits TaskCreated, CancelRequested, DeleteRequested {

	UUID taskId();

	String owner();

	@Override
	default String key() {
		return taskId().toString();
	}

	@Override
	default String ownerHeader() {
		return owner();
	}

}
