package io.taskwire.worker.llm.anthropic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.llm.http.HttpLlmProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Anthropic's Messages API, {@code POST /v1/messages} with {@code x-api-key} and
 * {@code anthropic-version}. System messages travel in the {@code system} field; the
 * required {@code max_tokens} comes from the request or the provider's setting. The API
 * has no JSON mode here, so a response schema is left to the prompt. A
 * {@code stop_reason} of {@code refusal} is a {@code content_filter} failure.
 */
public class AnthropicProvider extends HttpLlmProvider {

	public AnthropicProvider(String name, Endpoint endpoint, WebClient webClient, JsonMapper mapper, Clock clock) {
		super(name, endpoint, webClient, mapper, clock);
	}

	@Override
	protected String pathTemplate() {
		return "/v1/messages";
	}

	@Override
	protected void authenticate(HttpHeaders headers) {
		if (endpoint().hasKey()) {
			headers.set("x-api-key", endpoint().apiKey());
		}
		headers.set("anthropic-version", endpoint().version());
	}

	@Override
	protected ObjectNode body(LlmRequest request) {
		ObjectNode body = mapper().createObjectNode();
		body.put("model", request.model());
		body.put("max_tokens", (request.maxTokens() != null) ? request.maxTokens() : endpoint().maxTokens());
		List<String> system = new ArrayList<>();
		ArrayNode messages = body.putArray("messages");
		for (LlmMessage message : request.messages()) {
			if (message.role() == LlmMessage.Role.SYSTEM) {
				system.add(message.content());
			}
			else {
				messages.addObject().put("role", message.role().wireName()).put("content", message.content());
			}
		}
		if (!system.isEmpty()) {
			body.put("system", String.join("\n\n", system));
		}
		if (request.temperature() != null) {
			// Anthropic's range is 0..1, OpenAI's 0..2
			body.put("temperature", Math.min(1.0, request.temperature()));
		}
		return body;
	}

	@Override
	protected LlmResponse answer(JsonNode body, LlmRequest request) {
		String stopReason = textOrNull(body.path("stop_reason"));
		if ("refusal".equals(stopReason)) {
			throw new LlmFailure(FailureKind.CONTENT_FILTER, name() + " refused to answer (stop reason refusal)");
		}
		StringBuilder text = new StringBuilder();
		boolean anyText = false;
		for (JsonNode block : body.path("content").values()) {
			if ("text".equals(textOrNull(block.path("type")))) {
				text.append(block.path("text").asString(""));
				anyText = true;
			}
		}
		if (!anyText) {
			throw new LlmFailure(FailureKind.PROVIDER_ERROR, name() + " answered without a text block");
		}
		JsonNode usage = body.path("usage");
		String model = (textOrNull(body.path("model")) != null) ? body.get("model").stringValue() : request.model();
		return new LlmResponse(text.toString(), model,
				Usage.of(usage.path("input_tokens").asLong(0), usage.path("output_tokens").asLong(0)), stopReason);
	}

}
