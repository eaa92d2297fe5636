package io.taskwire.gateway;

import io.taskwire.contracts.types.TaskTypeRegistered;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Task type registrations the tests use.
 */
public final class TaskTypes {

	public static final String NOOP = "noop";

	public static final String CHAT = "llm.chat";

	private static final JsonMapper json = JsonMapper.builder().build();

	private TaskTypes() {
	}

	public static TaskTypeRegistered noop() {
		return new TaskTypeRegistered(NOOP, "1", "Sleeps, then succeeds or fails", schema("""
				{"type":"object","additionalProperties":false,
				 "properties":{"sleepMs":{"type":"integer","minimum":0},"fail":{"type":"boolean"}}}
				"""), new TaskTypeRegistered.Defaults(60, 3));
	}

	public static TaskTypeRegistered chat() {
		return new TaskTypeRegistered(CHAT, "1", "One chat completion", schema("""
				{"type":"object","required":["prompt"],
				 "properties":{"prompt":{"type":"string","minLength":1},"system":{"type":"string"}}}
				"""), new TaskTypeRegistered.Defaults(120, 2));
	}

	public static JsonNode schema(String json) {
		return TaskTypes.json.readTree(json);
	}

}
