package io.taskwire.worker.execution;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.worker.llm.LlmCalls;
import io.taskwire.worker.tasktype.TaskContext;
import tools.jackson.databind.JsonNode;

/**
 * The {@link TaskContext} of one attempt. It keeps the attempt's current checkpoint (at
 * first the previous attempt's) and sends it with every progress report, so a report
 * without a checkpoint never loses the last one.
 */
final class AttemptContext implements TaskContext {

	private final TaskDispatched dispatch;

	private final LlmCalls llm;

	private final ProgressThrottle progress;

	private final Consumer<LogLine> log;

	private JsonNode checkpoint;

	AttemptContext(TaskDispatched dispatch, LlmCalls llm, ProgressThrottle progress, Consumer<LogLine> log) {
		this.dispatch = dispatch;
		this.llm = llm;
		this.progress = progress;
		this.log = log;
		this.checkpoint = dispatch.checkpoint();
	}

	@Override
	public UUID taskId() {
		return this.dispatch.taskId();
	}

	@Override
	public int attempt() {
		return this.dispatch.attempt();
	}

	@Override
	public String owner() {
		return this.dispatch.owner();
	}

	@Override
	public Duration timeLimit() {
		return Duration.ofSeconds(this.dispatch.attemptTimeLimitSeconds());
	}

	@Override
	public JsonNode input() {
		return this.dispatch.input();
	}

	@Override
	public TaskOptions options() {
		return this.dispatch.options();
	}

	@Override
	public Optional<JsonNode> checkpoint() {
		return Optional.ofNullable(this.dispatch.checkpoint()).filter((node) -> !node.isNull());
	}

	@Override
	public synchronized void progress(Integer percent, String message, JsonNode checkpoint) {
		Progress reported = new Progress(percent, message);
		if (checkpoint != null) {
			this.checkpoint = checkpoint;
		}
		this.progress.offer(new ProgressUpdate(reported, this.checkpoint));
	}

	@Override
	public void log(LogLine.Level level, String message, Map<String, String> fields) {
		this.log.accept(new LogLine(level, message, fields));
	}

	@Override
	public LlmCalls llm() {
		return this.llm;
	}

}
