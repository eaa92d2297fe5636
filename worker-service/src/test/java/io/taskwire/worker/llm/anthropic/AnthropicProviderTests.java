package io.taskwire.worker.llm.anthropic;

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
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Anthropic adapter against a fake speaking {@code /v1/messages} over real HTTP.
 */
class AnthropicProviderTests {

	private static final String KEY = "sk-ant-api03-test0123456789abcdef";

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private static FakeHttpServer server;

	private static LlmHttpClient http;

	private final AnthropicProvider provider = new AnthropicProvider("anthropic-test",
			new Endpoint(server.baseUrl(), KEY, "claude-test", Duration.ofSeconds(10), 1024, "2023-06-01"),
			http.webClient(), new MessageCodec().mapper(), Clock.fixed(NOW, ZoneOffset.UTC));

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
			.withModel("claude-test");
	}

	@Test
	void sendsTheMessagesWireFormatAndReadsTheAnswer() {
		server.respond((request) -> Reply.json(200, """
				{"id":"msg_1","type":"message","role":"assistant","model":"claude-test-2030",
				 "content":[{"type":"text","text":"Fine, "},{"type":"text","text":"thanks."}],
				 "stop_reason":"end_turn","usage":{"input_tokens":21,"output_tokens":4}}
				"""));

		LlmResponse response = this.provider.complete(conversation().withTemperature(1.5)).block();

		assertThat(response)
			.isEqualTo(new LlmResponse("Fine, thanks.", "claude-test-2030", Usage.of(21, 4), "end_turn"));
		Received request = last();
		assertThat(request.uri()).isEqualTo("/v1/messages");
		assertThat(request.header("x-api-key")).isEqualTo(KEY);
		assertThat(request.header("anthropic-version")).isEqualTo("2023-06-01");
		assertThat(request.header("Authorization")).isNull();
		JsonNode body = request.json();
		assertThat(body.get("system").stringValue()).isEqualTo("Be brief.");
		assertThat(body.get("max_tokens").asInt()).isEqualTo(1024);
		assertThat(body.get("temperature").asDouble()).isEqualTo(1.0);
		assertThat(body.get("messages").size()).isEqualTo(3);
		assertThat(body.at("/messages/1/role").stringValue()).isEqualTo("assistant");
	}

	@Test
	void makesA429RetryableAfterTheAnthropicResetHeaders() {
		server.respond((request) -> Reply
			.json(429,
					"{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":"
							+ "\"Number of request tokens has exceeded your per-minute rate limit\"}}")
			.withHeaders(Map.of("anthropic-ratelimit-requests-reset", "2030-01-01T00:00:10Z",
					"anthropic-ratelimit-tokens-reset", "2030-01-01T00:00:42Z")));

		LlmFailure failure = failureOf(this.provider.complete(conversation()));

		assertThat(failure.kind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(failure.retryable()).isTrue();
		assertThat(failure.retryNotBefore()).isEqualTo(Instant.parse("2030-01-01T00:00:42Z"));
	}

	@Test
	void classifiesTheErrorShapesOfAnthropic() {
		assertClassified(400, "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum",
				FailureKind.CONTEXT_LENGTH, false);
		assertClassified(400, "invalid_request_error", "max_tokens: Field required", FailureKind.INVALID_REQUEST,
				false);
		assertClassified(401, "authentication_error", "invalid x-api-key", FailureKind.AUTH, false);
		assertClassified(403, "permission_error", "Your API key does not have permission", FailureKind.AUTH, false);
		assertClassified(529, "overloaded_error", "Overloaded", FailureKind.PROVIDER_ERROR, true);
		assertClassified(500, "api_error", "Internal server error", FailureKind.PROVIDER_ERROR, true);
	}

	@Test
	void turnsARefusalIntoAContentFilterFailure() {
		server.respond((request) -> Reply.json(200, """
				{"type":"message","model":"claude-test","content":[],"stop_reason":"refusal",
				 "usage":{"input_tokens":10,"output_tokens":0}}
				"""));

		assertThat(failureOf(this.provider.complete(conversation())).kind()).isEqualTo(FailureKind.CONTENT_FILTER);
	}

	private void assertClassified(int status, String type, String message, FailureKind kind, boolean retryable) {
		server.respond((request) -> Reply.json(status,
				"{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}"));
		LlmFailure failure = failureOf(this.provider.complete(conversation()));
		assertThat(failure.kind()).as(status + " " + type).isEqualTo(kind);
		assertThat(failure.retryable()).as(status + " " + type).isEqualTo(retryable);
		assertThat(failure.getMessage()).contains(String.valueOf(status)).contains(message).doesNotContain(KEY);
	}

	private static LlmFailure failureOf(Mono<LlmResponse> call) {
		return catchThrowableOfType(LlmFailure.class, call::block);
	}

	private static Received last() {
		List<Received> received = server.received();
		return received.get(received.size() - 1);
	}

}
