package io.taskwire.worker.llm.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import io.taskwire.contracts.FailureKind;
import io.taskwire.worker.llm.CallProgress;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.LlmProvider;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The skeleton of an adapter to a provider's HTTP API: one {@code POST} of a JSON body,
 * the answer or a classified failure back. Subclasses say where to send what and how to
 * read the answer. It never blocks; the call is abandoned, and its connection closed,
 * when the returned {@code Mono} is cancelled or the provider's timeout passes.
 * <p>
 * The key goes in a header and nowhere else: failure messages are built from the status
 * and the provider's own error message, with any occurrence of the key removed.
 */
public abstract class HttpLlmProvider implements LlmProvider {

	private static final int MAX_MESSAGE_LENGTH = 500;

	private final String name;

	private final Endpoint endpoint;

	private final WebClient webClient;

	private final JsonMapper mapper;

	private final Clock clock;

	protected HttpLlmProvider(String name, Endpoint endpoint, WebClient webClient, JsonMapper mapper, Clock clock) {
		this.name = name;
		this.endpoint = endpoint;
		this.webClient = webClient;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String defaultModel() {
		return this.endpoint.defaultModel();
	}

	protected Endpoint endpoint() {
		return this.endpoint;
	}

	protected JsonMapper mapper() {
		return this.mapper;
	}

	@Override
	public Mono<LlmResponse> complete(LlmRequest request, CallProgress progress) {
		return Mono.defer(() -> send(request))
			.timeout(this.endpoint.timeout(),
					Mono.error(() -> new LlmFailure(FailureKind.TIMEOUT,
							this.name + " did not answer within " + this.endpoint.timeout().toSeconds() + " s")))
			.onErrorMap((error) -> !(error instanceof LlmFailure), this::transportFailure);
	}

	private Mono<LlmResponse> send(LlmRequest request) {
		byte[] body = this.mapper.writeValueAsBytes(body(request));
		return this.webClient.post()
			.uri(this.endpoint.baseUrl() + pathTemplate(), pathVariables(request))
			.headers(this::authenticate)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> read(response, request));
	}

	private Mono<LlmResponse> read(ClientResponse response, LlmRequest request) {
		int status = response.statusCode().value();
		HttpHeaders headers = response.headers().asHttpHeaders();
		return response.bodyToMono(String.class).defaultIfEmpty("").map((text) -> {
			if (status >= 200 && status < 300) {
				return answer(parse(text), request);
			}
			throw failure(status, headers, text);
		});
	}

	private JsonNode parse(String text) {
		try {
			return this.mapper.readTree(text);
		}
		catch (JacksonException ex) {
			throw new LlmFailure(FailureKind.PROVIDER_ERROR,
					this.name + " answered with a body that is not JSON: " + ex.getOriginalMessage());
		}
	}

	private LlmFailure failure(int status, HttpHeaders headers, String text) {
		JsonNode body;
		try {
			body = text.isBlank() ? MissingNode.getInstance() : this.mapper.readTree(text);
		}
		catch (JacksonException ex) {
			body = MissingNode.getInstance();
		}
		HttpFailures.ErrorBody error = errorBody(body);
		String said = (error.message() != null) ? error.message() : shorten(text);
		String message = this.name + " answered " + status + (said.isBlank() ? "" : ": " + said);
		Instant now = this.clock.instant();
		Instant retryNotBefore = retryNotBefore(headers, body, now);
		return HttpFailures.classify(status, error, scrub(message), retryNotBefore);
	}

	/**
	 * The reset time of a rate-limited answer; by default from the headers.
	 * @param headers the headers
	 * @param body the error body, possibly missing
	 * @param now the current time
	 * @return the time, or {@code null}
	 */
	protected Instant retryNotBefore(HttpHeaders headers, JsonNode body, Instant now) {
		return ResetHeaders.retryNotBefore(headers, now).orElse(null);
	}

	/**
	 * What an error body says; by default {@code error.message} and {@code error.code},
	 * {@code error.type}, {@code error.status} (OpenAI, Anthropic and Gemini all nest
	 * their errors so).
	 * @param body the body, possibly missing
	 * @return the message and code
	 */
	protected HttpFailures.ErrorBody errorBody(JsonNode body) {
		JsonNode error = body.path("error");
		String message = error.isString() ? error.stringValue() : textOrNull(error.path("message"));
		StringBuilder code = new StringBuilder();
		for (String field : new String[] { "code", "type", "status" }) {
			JsonNode value = error.path(field);
			if (value.isValueNode() && !value.isNull()) {
				code.append(value.asString()).append(' ');
			}
		}
		return new HttpFailures.ErrorBody(message, code.isEmpty() ? null : code.toString().strip());
	}

	private LlmFailure transportFailure(Throwable error) {
		if (error instanceof TimeoutException) {
			return new LlmFailure(FailureKind.TIMEOUT, this.name + " did not answer in time");
		}
		// the kind of error only: its message names hosts and addresses, which users need
		// not see
		Throwable cause = (error.getCause() != null) ? error.getCause() : error;
		String message = this.name + " could not be reached (" + cause.getClass().getSimpleName() + ")";
		return new LlmFailure(FailureKind.PROVIDER_ERROR, message, true, null, error);
	}

	/**
	 * Removes the key from a text that will be logged or recorded.
	 * @param text the text
	 * @return the text without the key
	 */
	protected String scrub(String text) {
		String key = this.endpoint.apiKey();
		String scrubbed = (key != null && key.length() >= 4) ? text.replace(key, "[REDACTED:api_key]") : text;
		return shorten(scrubbed);
	}

	private static String shorten(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return (oneLine.length() <= MAX_MESSAGE_LENGTH) ? oneLine : oneLine.substring(0, MAX_MESSAGE_LENGTH) + "…";
	}

	protected static String textOrNull(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	/**
	 * The JSON body of a request.
	 * @param request the request
	 * @return the body
	 */
	protected abstract ObjectNode body(LlmRequest request);

	/**
	 * The path after the base URL, a URI template.
	 * @return the path
	 */
	protected abstract String pathTemplate();

	/**
	 * The values of the path template's variables, encoded by the client.
	 * @param request the request
	 * @return the values
	 */
	protected Object[] pathVariables(LlmRequest request) {
		return new Object[0];
	}

	/**
	 * Adds the key (and any other headers the API requires).
	 * @param headers the request headers
	 */
	protected abstract void authenticate(HttpHeaders headers);

	/**
	 * Reads a successful answer.
	 * @param body the body
	 * @param request the request it answers
	 * @return the answer
	 * @throws LlmFailure when the answer is a refusal or malformed
	 */
	protected abstract LlmResponse answer(JsonNode body, LlmRequest request);

	/**
	 * Where a provider is and how to use it.
	 *
	 * @param baseUrl the base URL, without a trailing slash
	 * @param apiKey the key, blank for none
	 * @param defaultModel the model of tasks that name none
	 * @param timeout the longest a call may take
	 * @param maxTokens the output limit sent when a request has none
	 * @param version an API version header value, where the API has one
	 */
	public record Endpoint(String baseUrl, String apiKey, String defaultModel, Duration timeout, int maxTokens,
			String version) {

		public Endpoint {
			baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		}

		public boolean hasKey() {
			return this.apiKey != null && !this.apiKey.isBlank();
		}

		@Override
		public String toString() {
			return "Endpoint[baseUrl=" + this.baseUrl + ", defaultModel=" + this.defaultModel + "]";
		}

	}

}
