package io.taskwire.worker.tasktype.noop;

import java.time.Duration;

import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Component;

/**
 * {@code noop {sleepMs, fail}}: waits {@code sleepMs} on a timer (no thread sleeps), then
 * answers {@code {"sleptMs": …}}, or fails with a {@code handler_error} when {@code fail}
 * is true.
 */
@Component
public class NoopTaskType implements TaskType {

	public static final String NAME = "noop";

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
		return "Waits sleepMs milliseconds, then succeeds, or fails when fail is true. For smoke tests and benchmarks.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(3600, 3);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		long sleepMs = context.input().path("sleepMs").asLong(0);
		boolean fail = context.input().path("fail").asBoolean(false);
		return Mono.delay(Duration.ofMillis(sleepMs)).map((tick) -> outcome(sleepMs, fail));
	}

	private static JsonNode outcome(long sleptMs, boolean fail) {
		if (fail) {
			throw new IllegalStateException("noop failed because its input asked it to (fail=true)");
		}
		return JsonNodeFactory.instance.objectNode().put("sleptMs", sleptMs);
	}

}
