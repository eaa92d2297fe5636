package io.taskwire.gateway.task;

import java.time.Instant;
import java.util.UUID;

import io.taskwire.contracts.command.TaskCreated;

/**
 * A task this gateway accepted: recorded before its {@code TaskCreated} is published, so
 * that right after the 202 the gateway can answer for it even when task-service has not
 * recorded it yet.
 *
 * @param command the {@code TaskCreated} published for it
 * @param traceId the W3C trace id of its work
 * @param createdAt when it was accepted
 */
public record AcceptedTask(TaskCreated command, String traceId, Instant createdAt) {

	public UUID id() {
		return this.command.taskId();
	}

	public String owner() {
		return this.command.owner();
	}

	public String type() {
		return this.command.type();
	}

}
