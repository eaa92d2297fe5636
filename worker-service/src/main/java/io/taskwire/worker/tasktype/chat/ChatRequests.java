package io.taskwire.worker.tasktype.chat;

import java.util.ArrayList;
import java.util.List;

import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import tools.jackson.databind.JsonNode;

/**
 * Turns a chat input (already valid against its schema) into an LLM request: the
 * {@code system} message first, then the {@code messages}, or the {@code prompt} as one
 * user message.
 */
final class ChatRequests {

	private ChatRequests() {
	}

	static LlmRequest from(JsonNode input) {
		List<LlmMessage> messages = new ArrayList<>();
		if (input.hasNonNull("system")) {
			messages.add(LlmMessage.system(input.get("system").stringValue()));
		}
		if (input.hasNonNull("messages")) {
			for (JsonNode message : input.get("messages").values()) {
				messages.add(new LlmMessage(LlmMessage.Role.fromWireName(message.get("role").stringValue()),
						message.get("content").stringValue()));
			}
		}
		else {
			messages.add(LlmMessage.user(input.get("prompt").stringValue()));
		}
		LlmRequest request = LlmRequest.of(messages);
		if (input.hasNonNull("temperature")) {
			request = request.withTemperature(input.get("temperature").asDouble());
		}
		if (input.hasNonNull("maxTokens")) {
			request = request.withMaxTokens(input.get("maxTokens").asInt());
		}
		return request;
	}

}
