package io.taskwire.worker.llm.simulated;

import java.time.Duration;
import java.util.List;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.CallProgress;
import io.taskwire.worker.llm.InjectedFailure;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.schema.JsonAnswers;
import io.taskwire.worker.schema.JsonSchemas;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SimulatedLlmProviderTests {

	private final SimulatedLlmProvider provider = new SimulatedLlmProvider(
			new SimulatedLlmProperties(Duration.ofMillis(200), Duration.ZERO, "simulated-1"));

	@Test
	void givesTheSameReplyToTheSameMessages() {
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.system("Be brief."), LlmMessage.user("Hello")));

		LlmResponse first = this.provider.answer(request);
		LlmResponse second = this.provider.answer(LlmRequest.of(request.messages()));

		assertThat(first).isEqualTo(second);
		assertThat(first.text()).startsWith("Simulated reply ").endsWith("you said \"Hello\".");
	}

	@Test
	void givesOtherMessagesAnotherReply() {
		LlmResponse hello = this.provider.answer(LlmRequest.of(List.of(LlmMessage.user("Hello"))));
		LlmResponse politeHello = this.provider
			.answer(LlmRequest.of(List.of(LlmMessage.system("Be polite."), LlmMessage.user("Hello"))));

		assertThat(hello.text()).isNotEqualTo(politeHello.text());
	}

	@Test
	void countsAQuarterOfTheCodePointsRoundedUp() {
		// "user: 🙂🙂🙂" renders to 9 code points (12 UTF-16 chars): ceil(9 / 4) = 3
		LlmResponse response = this.provider.answer(LlmRequest.of(List.of(LlmMessage.user("🙂🙂🙂"))));

		String reply = response.text();
		long replyTokens = (reply.codePointCount(0, reply.length()) + 3) / 4;
		assertThat(response.usage()).isEqualTo(Usage.of(3, replyTokens));
	}

	@Test
	void rendersEveryMessageAsOneRoleAndContentLine() {
		String rendered = SimulatedReply
			.render(List.of(LlmMessage.system("Be brief."), LlmMessage.user("Hi"), LlmMessage.user("There")));

		assertThat(rendered).isEqualTo("system: Be brief.\nuser: Hi\nuser: There");
		// 17 + 1 + 8 + 1 + 11 = 38 code points
		assertThat(SimulatedReply.tokens(rendered)).isEqualTo(10);
		assertThat(SimulatedReply.tokens("")).isZero();
		assertThat(SimulatedReply.tokens("abcd")).isEqualTo(1);
		assertThat(SimulatedReply.tokens("abcde")).isEqualTo(2);
	}

	@Test
	void cutsTheReplyAtMaxTokens() {
		LlmResponse response = this.provider
			.answer(LlmRequest.of(List.of(LlmMessage.user("Tell me everything"))).withMaxTokens(2));

		assertThat(response.text()).hasSize(8);
		assertThat(response.usage().outputTokens()).isEqualTo(2);
		assertThat(response.finishReason()).isEqualTo("length");
	}

	@Test
	void answersAsTheModelItWasAskedFor() {
		LlmResponse response = this.provider.answer(LlmRequest.of(List.of(LlmMessage.user("Hi"))).withModel("gpt-x"));

		assertThat(response.model()).isEqualTo("gpt-x");
	}

	@Test
	void answersAfterTheConfiguredLatency() {
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.user("Hello")));

		StepVerifier.withVirtualTime(() -> this.provider.complete(request))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(199))
			.thenAwait(Duration.ofMillis(1))
			.assertNext((response) -> assertThat(response).isEqualTo(this.provider.answer(request)))
			.verifyComplete();
	}

	@Test
	void addsAtMostTheJitterToTheLatency() {
		SimulatedLlmProvider jittery = new SimulatedLlmProvider(
				new SimulatedLlmProperties(Duration.ofMillis(200), Duration.ofMillis(50), "simulated-1"));
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.user("Hello")));

		for (int i = 0; i < 20; i++) {
			StepVerifier.withVirtualTime(() -> jittery.complete(request))
				.expectSubscription()
				.expectNoEvent(Duration.ofMillis(199))
				.thenAwait(Duration.ofMillis(51))
				.expectNextCount(1)
				.verifyComplete();
		}
	}

	@Test
	void answersJsonValidAgainstTheRequestedSchema() {
		for (String schema : List.of("""
				{"type":"object","required":["name","age","tags","when","kind"],"additionalProperties":false,
				 "properties":{"name":{"type":"string","minLength":3,"maxLength":20},
				  "age":{"type":"integer","minimum":18,"maximum":99},"score":{"type":"number","exclusiveMaximum":1},
				  "tags":{"type":"array","items":{"type":"string"},"minItems":3,"uniqueItems":true},
				  "when":{"type":"string","format":"date"},"kind":{"enum":["a","b","c"]},
				  "email":{"type":"string","format":"email"},"nested":{"$ref":"#/$defs/nested"},
				  "choice":{"oneOf":[{"type":"integer","multipleOf":5,"minimum":7},{"type":"string"}]},
				  "both":{"allOf":[{"type":"object","properties":{"x":{"type":"boolean"}},"required":["x"]},
				                   {"properties":{"y":{"const":42}},"required":["y"]}]},
				  "maybe":{"type":["null","string"]}},
				 "$defs":{"nested":{"type":"object","properties":{"id":{"type":"string","format":"uuid"}}}}}
				""", """
				{"type":"array","prefixItems":[{"const":"2026-05-01"},{"const":"2026-05-02"}],"minItems":2,"maxItems":2}
				""", "{\"type\":\"string\"}", "{}")) {
			LlmResponse response = this.provider
				.answer(LlmRequest.of(List.of(LlmMessage.user("Extract"))).withResponseSchema(json(schema)));

			JsonNode value = JsonAnswers.parse(response.text());
			assertThat(JsonSchemas.compile(json(schema)).violations(value)).as(schema + " -> " + value).isEmpty();
		}
	}

	@Test
	void answersTheSameJsonToTheSameMessagesAndOtherJsonToOthers() {
		JsonNode schema = json("{\"type\":\"object\",\"properties\":{\"place\":{\"type\":\"string\"}}}");
		LlmRequest day1 = LlmRequest.of(List.of(LlmMessage.user("Day 1"))).withResponseSchema(schema);
		LlmRequest day2 = LlmRequest.of(List.of(LlmMessage.user("Day 2"))).withResponseSchema(schema);

		assertThat(this.provider.answer(day1)).isEqualTo(this.provider.answer(day1));
		assertThat(this.provider.answer(day1).text()).isNotEqualTo(this.provider.answer(day2).text());
	}

	@Test
	void producesTheInjectedFailuresAfterItsLatency() {
		Instant now = Instant.parse("2030-01-01T00:00:00Z");
		SimulatedLlmProvider clocked = new SimulatedLlmProvider("simulated", "simulated-1",
				new SimulatedLlmProperties(Duration.ZERO, Duration.ZERO, "simulated-1"),
				Clock.fixed(now, ZoneOffset.UTC));
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.user("Hi")));

		LlmFailure rateLimited = failureOf(clocked, request
			.withInjectedFailure(new InjectedFailure(InjectedFailure.Kind.RATE_LIMITED, Duration.ofSeconds(30))));
		assertThat(rateLimited.kind()).isEqualTo(FailureKind.RATE_LIMITED);
		assertThat(rateLimited.retryable()).isTrue();
		assertThat(rateLimited.retryNotBefore()).isEqualTo(now.plusSeconds(30));

		assertThat(failureOf(clocked, request.withInjectedFailure(injected(InjectedFailure.Kind.SERVER_ERROR))).kind())
			.isEqualTo(FailureKind.PROVIDER_ERROR);
		assertThat(failureOf(clocked, request.withInjectedFailure(injected(InjectedFailure.Kind.AUTH))).retryable())
			.isFalse();
		assertThat(
				failureOf(clocked, request.withInjectedFailure(injected(InjectedFailure.Kind.CONTEXT_LENGTH))).kind())
			.isEqualTo(FailureKind.CONTEXT_LENGTH);
	}

	@Test
	void answersInvalidJsonOrAViolationWhenAsked() {
		JsonNode schema = json("{\"type\":\"object\"}");
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.user("Hi"))).withResponseSchema(schema);

		String invalid = this.provider
			.complete(request.withInjectedFailure(injected(InjectedFailure.Kind.INVALID_JSON)))
			.block()
			.text();
		String violation = this.provider
			.complete(request.withInjectedFailure(injected(InjectedFailure.Kind.SCHEMA_VIOLATION)))
			.block()
			.text();

		assertThat(catchThrowableOfType(JsonAnswers.NotJson.class, () -> JsonAnswers.parse(invalid))).isNotNull();
		assertThat(JsonSchemas.compile(schema).violations(JsonAnswers.parse(violation))).isNotEmpty();
	}

	@Test
	void hangsUntilItsTimeoutWhenAskedToTimeOut() {
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.user("Hi")))
			.withInjectedFailure(injected(InjectedFailure.Kind.TIMEOUT));

		StepVerifier.withVirtualTime(() -> this.provider.complete(request))
			.expectSubscription()
			.expectNoEvent(Duration.ofSeconds(29))
			.thenAwait(Duration.ofSeconds(1))
			.expectErrorSatisfies((error) -> assertThat(((LlmFailure) error).kind()).isEqualTo(FailureKind.TIMEOUT))
			.verify();
	}

	@Test
	void reportsTheTokensSpentWhenStoppedHalfway() {
		LlmRequest request = LlmRequest.of(List.of(LlmMessage.user("Tell me a long story")));
		CallProgress progress = new CallProgress();
		LlmResponse full = this.provider.answer(request);

		StepVerifier.withVirtualTime(() -> this.provider.complete(request, progress))
			.expectSubscription()
			.thenAwait(Duration.ofMillis(100))
			.thenCancel()
			.verify();

		assertThat(progress.usage().inputTokens()).isEqualTo(full.usage().inputTokens());
		assertThat(progress.usage().outputTokens()).isPositive().isLessThan(full.usage().outputTokens());
		assertThat(full.text()).startsWith(progress.partialText());
	}

	private static InjectedFailure injected(InjectedFailure.Kind kind) {
		return new InjectedFailure(kind, null);
	}

	private static LlmFailure failureOf(SimulatedLlmProvider provider, LlmRequest request) {
		return catchThrowableOfType(LlmFailure.class, () -> provider.complete(request).block());
	}

}
