package io.taskwire.contracts.worker;

import java.util.Objects;
import java.util.UUID;

import io.taskwire.contracts.LogLine;

/**
 * The handler wrote a log line for the task's timeline.
 *
 * @param taskId the task
 * @param attempt the attempt
 * @param workerId the worker running it
 * @param line level, message and structured fields
 */
public record TaskLogged(UUID taskId, int attempt, String workerId, LogLine line) implements WorkerEvent {

	public TaskLogged {
		WorkerEvents.requireValid(taskId, attempt, workerId);
		Objects.requireNonNull(line, "line");
	}

}
