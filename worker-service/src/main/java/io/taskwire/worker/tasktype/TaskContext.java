package io.taskwire.worker.tasktype;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.worker.llm.LlmCalls;
import tools.jackson.databind.JsonNode;

/**
 * What a handler knows about, and can tell about, the attempt it runs.
 */
public interface TaskContext {

	UUID taskId();

	/**
	 * The attempt number, starting at 1.
	 * @return the attempt
	 */
	int attempt();

	/**
	 * The user the task belongs to.
	 * @return the owner
	 */
	String owner();

	/**
	 * How long this attempt may run before it is stopped as {@code attempt_timed_out}.
	 * @return the time limit
	 */
	Duration timeLimit();

	/**
	 * The task's input, valid against the type's schema.
	 * @return the input
	 */
	JsonNode input();

	/**
	 * The model and provider the task asked for.
	 * @return the options, never {@code null}
	 */
	TaskOptions options();

	/**
	 * The checkpoint an earlier attempt of this task reported, so this one can resume
	 * instead of starting over.
	 * @return the checkpoint, or empty on a first attempt
	 */
	Optional<JsonNode> checkpoint();

	/**
	 * Reports progress. Sent at most about once a second per task; in between, the latest
	 * report waits and always gets through (before the attempt's outcome). A checkpoint,
	 * once given, travels with every later report until replaced.
	 * @param percent 0 to 100, or {@code null} when unknown
	 * @param message what it is doing, for people, or {@code null}
	 * @param checkpoint what a later attempt needs to resume, or {@code null} to keep the
	 * last one
	 */
	void progress(Integer percent, String message, JsonNode checkpoint);

	default void progress(Integer percent, String message) {
		progress(percent, message, null);
	}

	/**
	 * Writes a line to the task's timeline ({@code TaskLogged}).
	 * @param level how important it is
	 * @param message what happened
	 * @param fields structured context
	 */
	void log(LogLine.Level level, String message, Map<String, String> fields);

	default void log(LogLine.Level level, String message) {
		log(level, message, Map.of());
	}

	/**
	 * LLM calls on the task's provider and model, each recorded automatically.
	 * @return the LLM access of this attempt
	 */
	LlmCalls llm();

}
