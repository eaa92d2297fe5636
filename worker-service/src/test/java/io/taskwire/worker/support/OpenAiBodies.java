package io.taskwire.worker.support;

import io.taskwire.contracts.MessageCodec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies in OpenAI's chat completions wire format, for fakes.
 */
public final class OpenAiBodies {

	private static final MessageCodec codec = new MessageCodec();

	private OpenAiBodies() {
	}

	/**
	 * A chat completion with this content and 10 + 5 tokens of usage.
	 * @param content the assistant's message
	 * @param model the model that answers
	 * @return the body
	 */
	public static String completion(String content, String model) {
		ObjectNode body = codec.mapper().createObjectNode();
		body.put("id", "chatcmpl-fake").put("object", "chat.completion").put("model", model);
		ObjectNode choice = body.putArray("choices").addObject();
		choice.put("index", 0).put("finish_reason", "stop");
		choice.putObject("message").put("role", "assistant").put("content", content);
		body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
		return body.toString();
	}

}
