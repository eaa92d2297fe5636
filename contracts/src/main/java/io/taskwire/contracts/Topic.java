package io.taskwire.contracts;

import java.util.Map;

/**
 * Every topic of the system, with the settings the services create it with at start-up
 * (broker auto-creation is off). Each topic is consumed by some service, so each has a
 * {@code <topic>.DLT} beside it for records that cannot be parsed or are invalid.
 */
public enum Topic {

	/**
	 * gateway → task-service: TaskCreated, CancelRequested, DeleteRequested; key task id.
	 */
	TASKS_COMMANDS("tasks.commands", Map.of()),
	/**
	 * task-service → workers: TaskDispatched; key task id, partition chosen by the
	 * dispatcher.
	 */
	TASKS_DISPATCH("tasks.dispatch", Map.of()),
	/** task-service → every worker instance: CancelAttempt; key worker id. */
	TASKS_CONTROL("tasks.control", Map.of("retention.ms", "86400000")),
	/** workers → task-service: what happened to an attempt; key task id. */
	TASKS_WORKER_EVENTS("tasks.worker-events", Map.of()),
	/** workers → task-service: liveness and free capacity; key worker id. */
	WORKERS_HEARTBEATS("workers.heartbeats", Map.of("retention.ms", "3600000")),
	/** task-service → gateway, trace-service, downstream: the timeline of every task. */
	TASKS_STATUS("tasks.status", Map.of()),
	/** workers → trace-service, downstream: every LLM call, redacted; key task id. */
	LLM_CALLS("llm.calls", Map.of()),
	/** workers → gateway: the task type registry, compacted; key type name. */
	TASKS_TYPES("tasks.types", Map.of("cleanup.policy", "compact"));

	private final String baseName;

	private final Map<String, String> configs;

	Topic(String baseName, Map<String, String> configs) {
		this.baseName = baseName;
		this.configs = configs;
	}

	/** The topic's name before any configured prefix. */
	public String baseName() {
		return this.baseName;
	}

	/** Topic-level settings beyond the record size limit every topic shares. */
	public Map<String, String> configs() {
		return this.configs;
	}

}
