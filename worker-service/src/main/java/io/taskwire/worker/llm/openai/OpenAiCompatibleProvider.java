package io.taskwire.worker.llm.openai;

import java.time.Clock;
import java.util.regex.Pattern;

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
 * Any endpoint that speaks OpenAI's {@code POST /v1/chat/completions}: OpenAI, DeepSeek,
 * Ollama, vLLM, LM Studio. The key goes in {@code Authorization: Bearer}, and is left out
 * when none is configured (local servers need none). A request with a response schema
 * asks for {@code response_format: json_schema}. An answer cut by the content filter, or
 * a refusal, is a {@code content_filter} failure.
 */
public class OpenAiCompatibleProvider extends HttpLlmProvider {

	/** A base URL that already ends in an API version, such as {@code …/v1}. */
	private static final Pattern VERSIONED = Pattern.compile(".*/v\\d+[a-z0-9]*(/openai)?$");

	private final String path;

	public OpenAiCompatibleProvider(String name, Endpoint endpoint, WebClient webClient, JsonMapper mapper,
			Clock clock) {
		super(name, endpoint, webClient, mapper, clock);
		this.path = VERSIONED.matcher(endpoint.baseUrl()).matches() ? "/chat/completions" : "/v1/chat/completions";
	}

	@Override
	protected String pathTemplate() {
		return this.path;
	}

	@Override
	protected void authenticate(HttpHeaders headers) {
		if (endpoint().hasKey()) {
			headers.setBearerAuth(endpoint().apiKey());
		}
	}

	@Override
	protected ObjectNode body(LlmRequest request) {
		ObjectNode body = mapper().createObjectNode();
		body.put("model", request.model());
		ArrayNode messages = body.putArray("messages");
		for (LlmMessage message : request.messages()) {
			messages.addObject().put("role", message.role().wireName()).put("content", message.content());
		}
		if (request.temperature() != null) {
			body.put("temperature", request.temperature());
		}
		if (request.maxTokens() != null) {
			body.put("max_tokens", request.maxTokens());
		}
		if (request.responseSchema() != null) {
			ObjectNode format = body.putObject("response_format").put("type", "json_schema");
			format.putObject("json_schema").put("name", "answer").set("schema", request.responseSchema());
		}
		return body;
	}

	@Override
	protected LlmResponse answer(JsonNode body, LlmRequest request) {
		JsonNode choice = body.path("choices").path(0);
		JsonNode message = choice.path("message");
		String finishReason = textOrNull(choice.path("finish_reason"));
		String refusal = textOrNull(message.path("refusal"));
		if ("content_filter".equals(finishReason) || refusal != null) {
			throw new LlmFailure(FailureKind.CONTENT_FILTER, scrub(name() + " refused to answer"
					+ ((refusal != null) ? ": " + refusal : " (finish reason content_filter)")));
		}
		String text = textOrNull(message.path("content"));
		if (choice.isMissingNode() || text == null) {
			throw new LlmFailure(FailureKind.PROVIDER_ERROR, name() + " answered without a message");
		}
		JsonNode usage = body.path("usage");
		String model = (textOrNull(body.path("model")) != null) ? body.get("model").stringValue() : request.model();
		return new LlmResponse(text, model,
				Usage.of(usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0)),
				finishReason);
	}

}
