package io.taskwire.worker.llm.gemini;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.llm.http.HttpLlmProvider;
import io.taskwire.worker.llm.http.ResetHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Google Gemini's {@code POST /v1beta/models/{model}:generateContent} with
 * {@code x-goog-api-key} (never the {@code key} query parameter, which would put the key
 * in URLs and logs). System messages become {@code systemInstruction}; assistant messages
 * are the {@code model} role; a response schema asks for JSON through
 * {@code responseMimeType} and {@code responseJsonSchema}. A blocked prompt or a
 * candidate stopped for safety is a {@code content_filter} failure. A 429's wait comes
 * from the headers or, as Gemini sends it, the body's {@code RetryInfo.retryDelay}.
 */
public class GeminiProvider extends HttpLlmProvider {

	private static final Set<String> BLOCKED = Set.of("SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "RECITATION",
			"IMAGE_SAFETY");

	public GeminiProvider(String name, Endpoint endpoint, WebClient webClient, JsonMapper mapper, Clock clock) {
		super(name, endpoint, webClient, mapper, clock);
	}

	@Override
	protected String pathTemplate() {
		return "/v1beta/models/{model}:generateContent";
	}

	@Override
	protected Object[] pathVariables(LlmRequest request) {
		String model = request.model();
		return new Object[] { model.startsWith("models/") ? model.substring("models/".length()) : model };
	}

	@Override
	protected void authenticate(HttpHeaders headers) {
		if (endpoint().hasKey()) {
			headers.set("x-goog-api-key", endpoint().apiKey());
		}
	}

	@Override
	protected ObjectNode body(LlmRequest request) {
		ObjectNode body = mapper().createObjectNode();
		ArrayNode contents = body.putArray("contents");
		StringBuilder system = new StringBuilder();
		for (LlmMessage message : request.messages()) {
			if (message.role() == LlmMessage.Role.SYSTEM) {
				system.append(system.isEmpty() ? "" : "\n\n").append(message.content());
				continue;
			}
			String role = (message.role() == LlmMessage.Role.ASSISTANT) ? "model" : "user";
			contents.addObject().put("role", role).putArray("parts").addObject().put("text", message.content());
		}
		if (!system.isEmpty()) {
			body.putObject("systemInstruction").putArray("parts").addObject().put("text", system.toString());
		}
		ObjectNode config = mapper().createObjectNode();
		if (request.temperature() != null) {
			config.put("temperature", request.temperature());
		}
		if (request.maxTokens() != null) {
			config.put("maxOutputTokens", request.maxTokens());
		}
		if (request.responseSchema() != null) {
			config.put("responseMimeType", "application/json");
			config.set("responseJsonSchema", request.responseSchema());
		}
		if (!config.isEmpty()) {
			body.set("generationConfig", config);
		}
		return body;
	}

	@Override
	protected LlmResponse answer(JsonNode body, LlmRequest request) {
		String blockReason = textOrNull(body.path("promptFeedback").path("blockReason"));
		if (blockReason != null) {
			throw new LlmFailure(FailureKind.CONTENT_FILTER, name() + " blocked the prompt (" + blockReason + ")");
		}
		JsonNode candidate = body.path("candidates").path(0);
		String finishReason = textOrNull(candidate.path("finishReason"));
		StringBuilder text = new StringBuilder();
		boolean anyText = false;
		for (JsonNode part : candidate.path("content").path("parts").values()) {
			if (part.path("text").isString() && !part.path("thought").asBoolean(false)) {
				text.append(part.get("text").stringValue());
				anyText = true;
			}
		}
		if (!anyText && finishReason != null && BLOCKED.contains(finishReason)) {
			throw new LlmFailure(FailureKind.CONTENT_FILTER,
					name() + " stopped the answer (finish reason " + finishReason + ")");
		}
		if (!anyText) {
			throw new LlmFailure(FailureKind.PROVIDER_ERROR, name() + " answered without text");
		}
		JsonNode usage = body.path("usageMetadata");
		long output = usage.path("candidatesTokenCount").asLong(0) + usage.path("thoughtsTokenCount").asLong(0);
		String model = (textOrNull(body.path("modelVersion")) != null) ? body.get("modelVersion").stringValue()
				: request.model();
		return new LlmResponse(text.toString(), model, Usage.of(usage.path("promptTokenCount").asLong(0), output),
				finishReason);
	}

	@Override
	protected Instant retryNotBefore(HttpHeaders headers, JsonNode body, Instant now) {
		Optional<Instant> fromHeaders = ResetHeaders.retryNotBefore(headers, now);
		if (fromHeaders.isPresent()) {
			return fromHeaders.get();
		}
		for (JsonNode detail : body.path("error").path("details").values()) {
			String type = detail.path("@type").asString("");
			if (type.endsWith("google.rpc.RetryInfo") && detail.path("retryDelay").isString()) {
				return ResetHeaders.afterDelay(detail.get("retryDelay").stringValue(), now).orElse(null);
			}
		}
		return null;
	}

}
