package io.taskwire.contracts;

import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.contracts.command.DeleteRequested;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.contracts.status.TaskTimelineEntry;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.contracts.worker.WorkerHeartbeat;

/**
 * Every message with its stable wire name, its payload record, its topic and its current
 * schema version. The wire name, never a Java class name, is what travels in the
 * envelope's {@code type} and the {@code taskwire-event-type} header.
 */
public enum MessageType {

	TASK_CREATED("task.created", TaskCreated.class, Topic.TASKS_COMMANDS),
	CANCEL_REQUESTED("task.cancel-requested", CancelRequested.class, Topic.TASKS_COMMANDS),
	DELETE_REQUESTED("task.delete-requested", DeleteRequested.class, Topic.TASKS_COMMANDS),
	TASK_DISPATCHED("task.dispatched", TaskDispatched.class, Topic.TASKS_DISPATCH),
	CANCEL_ATTEMPT("attempt.cancel", CancelAttempt.class, Topic.TASKS_CONTROL),
	TASK_STARTED("task.started", TaskStarted.class, Topic.TASKS_WORKER_EVENTS),
	TASK_PROGRESSED("task.progressed", TaskProgressed.class, Topic.TASKS_WORKER_EVENTS),
	TASK_LOGGED("task.logged", TaskLogged.class, Topic.TASKS_WORKER_EVENTS),
	TASK_SUCCEEDED("task.succeeded", TaskSucceeded.class, Topic.TASKS_WORKER_EVENTS),
	TASK_FAILED("task.failed", TaskFailed.class, Topic.TASKS_WORKER_EVENTS),
	TASK_CANCELLED("task.cancelled", TaskCancelled.class, Topic.TASKS_WORKER_EVENTS),
	TASK_REJECTED("task.rejected", TaskRejected.class, Topic.TASKS_WORKER_EVENTS),
	TASK_RELEASED("task.released", TaskReleased.class, Topic.TASKS_WORKER_EVENTS),
	WORKER_HEARTBEAT("worker.heartbeat", WorkerHeartbeat.class, Topic.WORKERS_HEARTBEATS),
	TASK_STATUS_CHANGED("task.status-changed", TaskStatusChanged.class, Topic.TASKS_STATUS),
	TASK_TIMELINE_ENTRY("task.timeline-entry", TaskTimelineEntry.class, Topic.TASKS_STATUS),
	TASK_DELETED("task.deleted", TaskDeleted.class, Topic.TASKS_STATUS),
	LLM_CALL_RECORDED("llm.call-recorded", LlmCallRecorded.class, Topic.LLM_CALLS),
	TASK_TYPE_REGISTERED("task-type.registered", TaskTypeRegistered.class, Topic.TASKS_TYPES);

	private final String wireName;

	private final Class<? extends Message> payloadType;

	private final Topic topic;

	MessageType(String wireName, Class<? extends Message> payloadType, Topic topic) {
		this.wireName = wireName;
		this.payloadType = payloadType;
		this.topic = topic;
	}

	public String wireName() {
		return this.wireName;
	}

	public Class<? extends Message> payloadType() {
		return this.payloadType;
	}

	public Topic topic() {
		return this.topic;
	}

	/**
	 * Every message starts at version 1; a breaking change bumps it and keeps reading the
	 * old.
	 */
	public int schemaVersion() {
		return 1;
	}

	public static MessageType of(Message payload) {
		for (MessageType type : values()) {
			if (type.payloadType == payload.getClass()) {
				return type;
			}
		}
		throw new IllegalArgumentException("No message type for " + payload.getClass().getName());
	}

	/**
	 * The message type with the given wire name.
	 * @param wireName the wire name
	 * @return the message type
	 * @throws InvalidMessage when no message has that name
	 */
	public static MessageType ofWireName(String wireName) {
		for (MessageType type : values()) {
			if (type.wireName.equals(wireName)) {
				return type;
			}
		}
		throw new InvalidMessage("unknown message type '" + wireName + "'");
	}

}
