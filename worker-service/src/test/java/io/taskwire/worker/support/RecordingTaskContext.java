package io.taskwire.worker.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.worker.llm.LlmCalls;
import io.taskwire.worker.tasktype.TaskContext;
import tools.jackson.databind.JsonNode;

/**
 * A {@link TaskContext} for running a handler outside the worker: it keeps what the
 * handler reports. It has no LLM access.
 */
public final class RecordingTaskContext implements TaskContext {

	private final UUID taskId = UUID.randomUUID();

	private final JsonNode input;

	private final JsonNode checkpoint;

	private final Duration timeLimit;

	private final List<Progress> progress = new CopyOnWriteArrayList<>();

	private final List<JsonNode> checkpoints = new CopyOnWriteArrayList<>();

	private final List<LogLine> lines = new CopyOnWriteArrayList<>();

	public RecordingTaskContext(String input, JsonNode checkpoint, Duration timeLimit) {
		this.input = Dispatches.json(input);
		this.checkpoint = checkpoint;
		this.timeLimit = timeLimit;
	}

	@Override
	public UUID taskId() {
		return this.taskId;
	}

	@Override
	public int attempt() {
		return 1;
	}

	@Override
	public String owner() {
		return "alice";
	}

	@Override
	public Duration timeLimit() {
		return this.timeLimit;
	}

	@Override
	public JsonNode input() {
		return this.input;
	}

	@Override
	public TaskOptions options() {
		return TaskOptions.DEFAULTS;
	}

	@Override
	public Optional<JsonNode> checkpoint() {
		return Optional.ofNullable(this.checkpoint);
	}

	@Override
	public void progress(Integer percent, String message, JsonNode checkpoint) {
		this.progress.add(new Progress(percent, message));
		if (checkpoint != null) {
			this.checkpoints.add(checkpoint);
		}
	}

	@Override
	public void log(LogLine.Level level, String message, Map<String, String> fields) {
		this.lines.add(new LogLine(level, message, fields));
	}

	@Override
	public LlmCalls llm() {
		throw new UnsupportedOperationException("No LLM here");
	}

	public List<Progress> progress() {
		return this.progress;
	}

	public List<JsonNode> checkpoints() {
		return this.checkpoints;
	}

	public List<String> logMessages() {
		return this.lines.stream().map(LogLine::message).toList();
	}

}
