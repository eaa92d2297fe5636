package io.taskwire.worker.tasktype.chat;

import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code llm.chat {prompt | messages, system?, temperature?, maxTokens?}}: one call to
 * the task's provider; the result is {@code {"text", "model", "finishReason", "usage":
 * {inputTokens, outputTokens, totalTokens}}}.
 */
@Component
public class ChatTaskType implements TaskType {

	public static final String NAME = "llm.chat";

	/** The messages go to the model as the user wrote them: there is no template. */
	static final String PROMPT_VERSION = "chat-1";

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
		return "Completes a prompt, or a conversation of messages, with the task's model.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(300, 3);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		return context.llm()
			.complete("chat", PROMPT_VERSION, ChatRequests.from(context.input()))
			.map(ChatTaskType::result);
	}

	private static JsonNode result(LlmResponse response) {
		ObjectNode result = JsonNodeFactory.instance.objectNode();
		result.put("text", response.text());
		result.put("model", response.model());
		if (response.finishReason() != null) {
			result.put("finishReason", response.finishReason());
		}
		result.putObject("usage")
			.put("inputTokens", response.usage().inputTokens())
			.put("outputTokens", response.usage().outputTokens())
			.put("totalTokens", response.usage().totalTokens());
		return result;
	}

}
