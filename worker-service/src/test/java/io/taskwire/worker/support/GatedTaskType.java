package io.taskwire.worker.support;

import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code test.gated}: runs until the test opens the gate, then succeeds. Lets a test end
 * a running attempt exactly when it wants to, without timing.
 */
public class GatedTaskType implements TaskType {

	public static final String NAME = "test.gated";

	private static volatile Sinks.Empty<Void> gate = Sinks.empty();

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
		return "Runs until the test opens the gate.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(60, 1);
	}

	@Override
	public String inputSchemaLocation() {
		return "tasktypes/test.blocking.schema.json";
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		return gate.asMono().then(Mono.just(JsonNodeFactory.instance.objectNode().put("gated", true)));
	}

	public static void close() {
		gate = Sinks.empty();
	}

	public static void open() {
		gate.tryEmitEmpty();
	}

}
