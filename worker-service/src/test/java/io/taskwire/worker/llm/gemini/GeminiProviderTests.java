package io.taskwire.worker.llm.gemini;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Gemini adapter against a fake speaking {@code generateContent} over real HTTP.
 */
class GeminiProviderTests {

	private static final String KEY = "AIzaSyTest0123456789abcdefghijklmnopq";

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private static FakeHttpServer server;

	private static LlmHttpClient http;

	private final GeminiProvider provider = new GeminiProvider("gemini-test",
			new Endpoint(server.baseUrl(), KEY, "gemini-test", Duration.ofSeconds(10), 1024, null), http.webClient(),
			new MessageCodec().mapper(), Clock.fixed(NOW, ZoneOffset.UTC));

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

	private static LlmRequest conversation() {
		return LlmRequest
			.of(List.of(LlmMessage.system("Be brief."), LlmMessage.user("Hi"),
					new LlmMessage(LlmMessage.Role.ASSISTANT, "Hello!"), LlmMessage.user("How are you?")))
			.withModel("models/gemini-test");
	}

	@Test
	void sendsTheGenerateContentWireFormatAndReadsTheAnswer() {
		server.respond((request) -> Reply.json(200, """
				{"candidates":[{"content":{"role":"model","parts":[{"text":"Fine"},{"text":", thanks."}]},
				 "finishReason":"STOP"}],
				 "usageMetadata":{"promptTokenCount":9,"candidatesTokenCount":3,"totalTokenCount":12},
				 "modelVersion":"gemini-test-001"}
				"""));

		LlmResponse response = this.provider
			.complete(conversation().withMaxTokens(64).withResponseSchema(json("{\"type\":\"object\"}")))
			.block();

		assertThat(response).isEqualTo(new LlmResponse("Fine, thanks.", "gemini-test-001", Usage.of(9, 3), "STOP"));
		Received request = last();
		assertThat(request.uri()).isEqualTo("/v1beta/models/gemini-test:generateContent");
		assertThat(request.header("x-goog-api-key")).isEqualTo(KEY);
		assertThat(request.uri()).doesNotContain(KEY);
		JsonNode body = request.json();
		assertThat(body.at("/systemInstruction/parts/0/text").stringValue()).isEqualTo("Be brief.");
		assertThat(body.get("contents").size()).isEqualTo(3);
		assertThat(body.at("/contents/1/role").stringValue()).isEqualTo("model");
		assertThat(body.at("/contents/2/parts/0/text").stringValue()).isEqualTo("How are you?");
		assertThat(body.at("/generationConfig/maxOutputTokens").asInt()).isEqualTo(64);
		assertThat(body.at("/generationConfig/responseMimeType").stringValue()).isEqualTo("application/json");
		assertThat(body.at("/generationConfig/responseJsonSchema/type").stringValue()).isEqualTo("object");
	}

	@Test
	void makesA429RetryableAfterTheRetryInfoDelay() {
		server.respond((request) -> Reply.json(429, """
				{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).",
				 "status":"RESOURCE_EXHAUSTED","details":[
				  {"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[]},
				  {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"31s"}]}}
				"""));

		LlmFailure failure = failureOf(this.provider.complete(conversation()));

		assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(failure.retryable()).isTrue();
		assertThat(failure.retryNotBefore()).isEqualTo(NOW.plusSeconds(31));
	}

	@Test
	void classifiesTheErrorShapesOfGemini() {
		assertClassified(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", FailureKind.AUTH);
		assertClassified(400, "INVALID_ARGUMENT",
				"The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).",
				FailureKind.CONTEXT_LENGTH);
		assertClassified(400, "INVALID_ARGUMENT", "Invalid JSON payload received.", FailureKind.INVALID_REQUEST);
		assertClassified(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers", FailureKind.AUTH);
		assertClassified(404, "NOT_FOUND", "models/gemini-x is not found", FailureKind.INVALID_REQUEST);
		assertClassified(503, "UNAVAILABLE", "The model is overloaded.", FailureKind.PROVIDER_ERROR);
	}

	@Test
	void turnsABlockedPromptIntoAContentFilterFailure() {
		server.respond((request) -> Reply.json(200, "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}"));

		assertThat(failureOf(this.provider.complete(conversation())).kind()).isEqualTo(FailureKind.CONTENT_FILTER);
	}

	@Test
	void turnsACandidateStoppedForSafetyIntoAContentFilterFailure() {
		server.respond((request) -> Reply.json(200, "{\"candidates\":[{\"finishReason\":\"SAFETY\"}]}"));

		assertThat(failureOf(this.provider.complete(conversation())).kind()).isEqualTo(FailureKind.CONTENT_FILTER);
	}

	private void assertClassified(int status, String code, String message, FailureKind kind) {
		server.respond((request) -> Reply.json(status,
				"{\"error\":{\"code\":" + status + ",\"message\":\"" + message + "\",\"status\":\"" + code + "\"}}"));
		LlmFailure failure = failureOf(this.provider.complete(conversation()));
		assertThat(failure.kind()).as(status + " " + message).isEqualTo(kind);
		assertThat(failure.retryable()).isEqualTo(kind.retryableByDefault());
	}

	private static LlmFailure failureOf(Mono<LlmResponse> call) {
		return catchThrowableOfType(LlmFailure.class, call::block);
	}

	private static Received last() {
		List<Received> received = server.received();
		return received.get(received.size() - 1);
	}

}
