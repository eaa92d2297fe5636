package io.taskwire.worker.tasktype;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A kind of work this worker can run. Adding one is one Spring bean implementing this
 * interface plus its input schema at {@code tasktypes/<name>.schema.json} on the class
 * path; the worker registers it on {@code tasks.types}, validates inputs against the
 * schema, gives it slots and runs it.
 * <p>
 * Handlers must not block: they run on shared threads next to thousands of other
 * attempts. They end in a result, or in a {@link TaskFailure} (any other exception is a
 * retryable {@code handler_error}). Cancelling the returned {@link Mono} must stop the
 * work: the worker cancels it on {@code CancelAttempt}, at the attempt time limit and on
 * shutdown.
 */
public interface TaskType {

	/**
	 * The type's name, as tasks name it: lower case, dot-separated, such as
	 * {@code llm.chat}.
	 * @return the name
	 */
	String name();

	/**
	 * The handler's version; change it when its behaviour or schema changes.
	 * @return the version
	 */
	String version();

	/**
	 * What the type does, for people choosing it.
	 * @return the description
	 */
	String description();

	/**
	 * Defaults a task of this type gets when its request leaves them out.
	 * @return the defaults
	 */
	TaskTypeDefaults defaults();

	/**
	 * Where the input JSON Schema is on the class path.
	 * @return the resource location
	 */
	default String inputSchemaLocation() {
		return "tasktypes/" + name() + ".schema.json";
	}

	/**
	 * Runs one attempt. Its input has already been validated against the schema.
	 * @param context the attempt: input, previous checkpoint, progress, log and LLM
	 * access
	 * @return the result, a JSON value
	 */
	Mono<JsonNode> handle(TaskContext context);

}
