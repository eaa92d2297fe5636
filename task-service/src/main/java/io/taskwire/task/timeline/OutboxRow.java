package io.taskwire.task.timeline;

import java.util.UUID;

import io.taskwire.contracts.MessageType;

/**
 * A timeline row not yet published.
 *
 * @param position its place in the outbox
 * @param taskId the task
 * @param seq its seq within the task
 * @param type the envelope's wire type
 * @param envelope the envelope as stored JSON
 */
record OutboxRow(long position, UUID taskId, long seq, String type, String envelope) {

	boolean isDeletion() {
		return MessageType.TASK_DELETED.wireName().equals(this.type);
	}

}
