package io.taskwire.worker.llm.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.llm.http.HttpLlmProvider.Endpoint;
import io.taskwire.worker.llm.http.LlmHttpClient;
import io.taskwire.worker.support.FakeHttpServer;
import io.taskwire.worker.support.FakeHttpServer.Received;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import io.taskwire.worker.support.HttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The OpenAI-compatible adapter against a fake speaking {@code /v1/chat/completions} over
 * real HTTP: the request it sends, the answer it reads, and how it classifies the error
 * shapes OpenAI uses.
 */
class OpenAiCompatibleProviderTests {

	static final String KEY = "sk-test-0123456789abcdefghij";

	static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static FakeHttpServer server;

	private static LlmHttpClient http;

	@BeforeAll
	static void start() {
		server = FakeHttpServer.start();
		http = HttpClients.defaults();
	}

	@AfterAll
	static void stop() {
		http.destroy();
		server.close();
	}

	private OpenAiCompatibleProvider provider(String baseUrl, String key, Duration timeout) {
		return new OpenAiCompatibleProvider("openai-test", new Endpoint(baseUrl, key, "gpt-test", timeout, 4096, null),
				http.webClient(), new MessageCodec().mapper(), CLOCK);
	}

	private OpenAiCompatibleProvider provider() {
		return provider(server.baseUrl(), KEY, Duration.ofSeconds(10));
	}

	private static LlmRequest hello() {
		return LlmRequest.of(List.of(LlmMessage.system("Be brief."), LlmMessage.user("Hello"))).withModel("gpt-test");
	}

	static String completion(String content, String finishReason) {
		return """
				{"id":"chatcmpl-1","object":"chat.completion","model":"gpt-test-2030","choices":[{"index":0,
				 "message":{"role":"assistant","content":%s},"finish_reason":"%s"}],
				 "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17}}
				""".formatted(new MessageCodec().mapper().writeValueAsString(content), finishReason);
	}

	@Test
	void sendsTheChatCompletionsWireFormatAndReadsTheAnswer() {
		server.respond((request) -> Reply.json(200, completion("Hi there", "stop")));

		LlmResponse response = provider().complete(hello().withTemperature(0.3).withMaxTokens(50)).block();

		assertThat(response).isEqualTo(new LlmResponse("Hi there", "gpt-test-2030", Usage.of(12, 5), "stop"));
		Received request = last();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.uri()).isEqualTo("/v1/chat/completions");
		assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
		JsonNode body = request.json();
		assertThat(body.get("model").stringValue()).isEqualTo("gpt-test");
		assertThat(body.at("/messages/0/role").stringValue()).isEqualTo("system");
		assertThat(body.at("/messages/1/content").stringValue()).isEqualTo("Hello");
		assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
		assertThat(body.get("max_tokens").asInt()).isEqualTo(50);
		assertThat(body.has("response_format")).isFalse();
	}

	@Test
	void takesABaseUrlThatEndsInTheVersionAsTheSdksDo() {
		server.respond((request) -> Reply.json(200, completion("ok", "stop")));

		provider(server.baseUrl() + "/v1/", KEY, Duration.ofSeconds(10)).complete(hello()).block();

		assertThat(last().uri()).isEqualTo("/v1/chat/completions");
	}

	@Test
	void sendsNoAuthorizationWithoutAKey() {
		server.respond((request) -> Reply.json(200, completion("ok", "stop")));

		provider(server.baseUrl(), "", Duration.ofSeconds(10)).complete(hello()).block();

		assertThat(last().header("Authorization")).isNull();
	}

	@Test
	void asksForAJsonSchemaResponseFormat() {
		server.respond((request) -> Reply.json(200, completion("{\"a\":1}", "stop")));

		provider().complete(hello().withResponseSchema(json("{\"type\":\"object\"}"))).block();

		JsonNode format = last().json().get("response_format");
		assertThat(format.get("type").stringValue()).isEqualTo("json_schema");
		assertThat(format.at("/json_schema/schema/type").stringValue()).isEqualTo("object");
	}

	@Test
	void makesA429RetryableAfterTheLatestResetHeader() {
		server.respond((request) -> Reply
			.json(429,
					"{\"error\":{\"message\":\"Rate limit reached for gpt-test\",\"type\":\"requests\","
							+ "\"code\":\"rate_limit_exceeded\"}}")
			.withHeaders(Map.of("x-ratelimit-reset-requests", "1s", "x-ratelimit-reset-tokens", "6m0s")));

		LlmFailure failure = failureOf(provider().complete(hello()));

		assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(failure.retryable()).isTrue();
		assertThat(failure.retryNotBefore()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));
		assertThat(failure.getMessage()).contains("429").contains("Rate limit reached");
	}

	@Test
	void prefersRetryAfterToTheResetHeaders() {
		server.respond((request) -> Reply.json(429, "{\"error\":{\"message\":\"slow down\"}}")
			.withHeaders(Map.of("retry-after", "20", "x-ratelimit-reset-tokens", "6m0s")));

		assertThat(failureOf(provider().complete(hello())).retryNotBefore()).isEqualTo(NOW.plusSeconds(20));
	}

	@Test
	void failsAnExhaustedQuotaWithoutRetry() {
		server.respond((request) -> Reply.json(429,
				"{\"error\":{\"message\":\"You exceeded your current quota\",\"code\":\"insufficient_quota\"}}"));

		LlmFailure failure = failureOf(provider().complete(hello()));

		assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(failure.retryable()).isFalse();
	}

	@Test
	void classifiesTheErrorShapesOfOpenAi() {
		assertClassified(400,
				"{\"error\":{\"message\":\"Invalid value for 'temperature'\",\"type\":"
						+ "\"invalid_request_error\",\"param\":\"temperature\",\"code\":null}}",
				FailureKind.INVALID_REQUEST, false);
		assertClassified(400,
				"{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens\","
						+ "\"type\":\"invalid_request_error\",\"code\":\"context_length_exceeded\"}}",
				FailureKind.CONTEXT_LENGTH, false);
		assertClassified(400, "{\"error\":{\"message\":\"Your request was rejected by our safety system\","
				+ "\"code\":\"content_policy_violation\"}}", FailureKind.CONTENT_FILTER, false);
		assertClassified(404,
				"{\"error\":{\"message\":\"The model 'gpt-x' does not exist\",\"code\":" + "\"model_not_found\"}}",
				FailureKind.INVALID_REQUEST, false);
		assertClassified(403, "{\"error\":{\"message\":\"Forbidden\"}}", FailureKind.AUTH, false);
		assertClassified(500, "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}",
				FailureKind.PROVIDER_ERROR, true);
		assertClassified(503, "upstream unavailable", FailureKind.PROVIDER_ERROR, true);
		assertClassified(408, "", FailureKind.TIMEOUT, true);
	}

	@Test
	void keepsTheKeyOutOfAFailureEvenWhenTheProviderEchoesIt() {
		server.respond((request) -> Reply.json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
				+ ". You can find your API key at https://platform.openai.com\",\"code\":\"invalid_api_key\"}}"));

		LlmFailure failure = failureOf(provider().complete(hello()));

		assertThat(failure.kind()).isEqualTo(FailureKind.AUTH);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.getMessage()).doesNotContain(KEY).contains("Incorrect API key provided");
	}

	@Test
	void turnsAContentFilterStopIntoAContentFilterFailure() {
		server.respond((request) -> Reply.json(200, completion("", "content_filter")));

		assertThat(failureOf(provider().complete(hello())).kind()).isEqualTo(FailureKind.CONTENT_FILTER);
	}

	@Test
	void turnsAMalformedAnswerIntoARetryableProviderError() {
		server.respond((request) -> Reply.json(200, "{\"choices\": \"nope\""));

		LlmFailure failure = failureOf(provider().complete(hello()));

		assertThat(failure.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failure.retryable()).isTrue();
	}

	@Test
	void failsACallThatTakesLongerThanTheTimeoutAsARetryableTimeout() {
		server.respond((request) -> Reply.json(200, completion("late", "stop")).after(Duration.ofSeconds(30)));

		LlmFailure failure = failureOf(provider(server.baseUrl(), KEY, Duration.ofMillis(200)).complete(hello()));

		assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
		assertThat(failure.retryable()).isTrue();
	}

	@Test
	void failsAnUnreachableServerAsARetryableProviderError() {
		LlmFailure failure = failureOf(provider("http://127.0.0.1:1", KEY, Duration.ofSeconds(10)).complete(hello()));

		assertThat(failure.kind()).isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failure.retryable()).isTrue();
		assertThat(failure.getMessage()).contains("could not be reached");
	}

	@Test
	void closesTheConnectionAtOnceWhenTheCallIsCancelled() {
		server.respond((request) -> Reply.json(200, completion("never", "stop")).after(Duration.ofHours(1)));
		int before = server.received().size();

		Disposable call = provider().complete(hello()).subscribe();
		await().atMost(Duration.ofSeconds(10)).until(() -> server.received().size() > before);
		Received request = last();
		Instant cancelledAt = Instant.now();
		call.dispose();

		Instant closedAt = request.connectionClosed().orTimeout(1, java.util.concurrent.TimeUnit.SECONDS).join();
		assertThat(Duration.between(cancelledAt, closedAt)).isLessThan(Duration.ofSeconds(1));
	}

	private void assertClassified(int status, String body, FailureKind kind, boolean retryable) {
		server.respond((request) -> Reply.json(status, body));
		LlmFailure failure = failureOf(provider().complete(hello()));
		assertThat(failure.kind()).as(status + " " + body).isEqualTo(kind);
		assertThat(failure.retryable()).as(status + " " + body).isEqualTo(retryable);
		assertThat(failure.retryNotBefore()).isNull();
	}

	static LlmFailure failureOf(reactor.core.publisher.Mono<LlmResponse> call) {
		return catchThrowableOfType(LlmFailure.class, call::block);
	}

	private static Received last() {
		List<Received> received = server.received();
		return received.get(received.size() - 1);
	}

}
