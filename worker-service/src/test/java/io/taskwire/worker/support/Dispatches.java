package io.taskwire.worker.support;

import java.time.Clock;
import java.util.UUID;

import io.taskwire.contracts.Ids;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.dispatch.TaskDispatched;
import tools.jackson.databind.JsonNode;

/**
 * Builds dispatches for tests: {@code aDispatch("noop").withInput("{\"sleepMs\":0}")}.
 */
public final class Dispatches {

	private static final MessageCodec codec = new MessageCodec();

	private final UUID taskId;

	private final int attempt;

	private final String type;

	private final JsonNode input;

	private final TaskOptions options;

	private final int timeLimitSeconds;

	private final JsonNode checkpoint;

	private Dispatches(UUID taskId, int attempt, String type, JsonNode input, TaskOptions options, int timeLimitSeconds,
			JsonNode checkpoint) {
		this.taskId = taskId;
		this.attempt = attempt;
		this.type = type;
		this.input = input;
		this.options = options;
		this.timeLimitSeconds = timeLimitSeconds;
		this.checkpoint = checkpoint;
	}

	public static Dispatches aDispatch(String type) {
		return new Dispatches(Ids.uuidV7(Clock.systemUTC()), 1, type, json("{}"), TaskOptions.DEFAULTS, 60, null);
	}

	public Dispatches withInput(String input) {
		return new Dispatches(this.taskId, this.attempt, this.type, json(input), this.options, this.timeLimitSeconds,
				this.checkpoint);
	}

	public Dispatches withProvider(String provider) {
		return new Dispatches(this.taskId, this.attempt, this.type, this.input, new TaskOptions(null, provider),
				this.timeLimitSeconds, this.checkpoint);
	}

	public Dispatches withTimeLimitSeconds(int seconds) {
		return new Dispatches(this.taskId, this.attempt, this.type, this.input, this.options, seconds, this.checkpoint);
	}

	public Dispatches withModel(String provider, String model) {
		return new Dispatches(this.taskId, this.attempt, this.type, this.input, new TaskOptions(model, provider),
				this.timeLimitSeconds, this.checkpoint);
	}

	/**
	 * The next attempt of the same task, resuming from a checkpoint.
	 * @param checkpoint the checkpoint of the last attempt, or {@code null}
	 * @return the dispatch
	 */
	public Dispatches retriedWith(JsonNode checkpoint) {
		return new Dispatches(this.taskId, this.attempt + 1, this.type, this.input, this.options, this.timeLimitSeconds,
				checkpoint);
	}

	public TaskDispatched build() {
		return new TaskDispatched(this.taskId, this.attempt, "alice", this.type, this.input, this.options,
				this.timeLimitSeconds, null, this.checkpoint, "worker-under-test");
	}

	public static JsonNode json(String text) {
		return codec.mapper().readTree(text);
	}

}
