package io.taskwire.contracts;

/**
 * The payload of an {@link Envelope}. Each family of messages is a sealed interface in
 * its own package; {@link MessageType} lists them all with their stable wire names.
 */
public interface Message {

	/**
	 * The Kafka record key: the task id for task messages, the worker id for heartbeats
	 * and control orders, the type name for the type registry.
	 * @return the record key
	 */
	String key();

	/**
	 * The owning user, sent as the {@code taskwire-owner} header so consumers can filter
	 * before parsing.
	 * @return the owner, or {@code null} when the message belongs to no user
	 */
	default String ownerHeader() {
		return null;
	}

	/**
	 * The task type, sent as the {@code taskwire-task-type} header.
	 * @return the task type, or {@code null} when the message is not about one task type
	 */
	default String taskTypeHeader() {
		return null;
	}

}
