package io.taskwire.worker.support;

import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code test.blocking}: reports progress twice with checkpoints {@code {"held":1}} and
 * {@code {"held":2}} (the second waits in the throttle), then never ends. It is also the
 * proof that a type is one class plus its schema.
 */
public class BlockingTaskType implements TaskType {

	public static final String NAME = "test.blocking";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public String description() {
		return "Holds its slot until stopped.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(60, 1);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		context.progress(10, "holding", Dispatches.json("{\"held\":1}"));
		context.progress(20, "still holding", Dispatches.json("{\"held\":2}"));
		return Mono.never();
	}

}
