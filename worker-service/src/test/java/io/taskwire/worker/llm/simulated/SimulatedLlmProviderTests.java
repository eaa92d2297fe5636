package io.taskwire.worker.llm.simulated;

import java.time.Duration;
import java.util.List;

import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

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

}
