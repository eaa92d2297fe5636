package io.taskwire.contracts.status;

import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.Message;

/**
 * One entry of a task's timeline. {@code seq} counts from 1 per task with no gaps, so a
 * consumer that remembers the last seq it applied knows what is new, duplicated or
 * missing.
 */
public sealed interface StatusEvent extends Message permits TaskStatusChanged, TaskTimelineEntry, TaskDeleted {

	UUID taskId();

	String owner();

	String type();

	long seq();

	@Override
	default String key() {
		return taskId().toString();
	}

	@Override
	default String ownerHeader() {
		return owner();
	}

	@Override
	default String taskTypeHeader() {
		return type();
	}

	static void requireValid(UUID taskId, String owner, String type, long seq) {
		Objects.requireNonNull(taskId, "taskId");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(type, "type");
		if (seq < 1) {
			throw new IllegalArgumentException("seq must be positive, was " + seq);
		}
	}

}
