package io.taskwire.trace.call;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.taskwire.contracts.MessageCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a call body is made safe to keep: redacted, storable, capped.
 */
class CallBodiesTests {

	private final JsonMapper mapper = new MessageCodec().mapper();

	private final CallBodies bodies = new CallBodies(new TraceProperties(DataSize.ofKilobytes(1),
			Map.of("internal_id", "ACME-[0-9]{6}"), Duration.ofSeconds(60)), new MessageCodec());

	@Test
	void keepsABodyWithoutSecretsAsItIs() {
		StoredBody stored = this.bodies
			.prepare(json("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"n\":2}"));

		assertThat(json(stored.json()))
			.isEqualTo(json("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"n\":2}"));
		assertThat(stored.redacted()).isFalse();
		assertThat(stored.truncated()).isFalse();
	}

	@Test
	void redactsSecretsInEveryStringOfTheBody() {
		StoredBody stored = this.bodies.prepare(json("""
				{"headers":{"x":"Authorization: Basic dXNlcjpwYXNz"},
				 "messages":[{"content":"use sk-abcdefghijklmnopqrstuvwx please"},
				             ["nested", "AIzaSyA1234567890abcdefghijklmnopqrstu"]],
				 "sk-ant-abcdefghijklmnop":"a key as a field name"}"""));

		assertThat(stored.json())
			.doesNotContain("dXNlcjpwYXNz", "sk-abcdefghijklmnopqrstuvwx", "AIzaSyA1234567890abcdefghijklmnopqrstu",
					"sk-ant-abcdefghijklmnop")
			.contains("[REDACTED:authorization]", "[REDACTED:openai_key]", "[REDACTED:google_key]",
					"[REDACTED:anthropic_key]");
		assertThat(stored.redacted()).isTrue();
	}

	@Test
	void redactsConfiguredPatternsToo() {
		StoredBody stored = this.bodies.prepare(json("{\"content\":\"customer ACME-123456\"}"));

		assertThat(stored.json()).contains("[REDACTED:internal_id]").doesNotContain("ACME-123456");
		assertThat(stored.redacted()).isTrue();
	}

	@Test
	void keepsABodyValidJsonWhenASecretIsNextToAnEscapedQuote() {
		StoredBody stored = this.bodies.prepare(json("{\"content\":\"Authorization: token\\\" tail\"}"));

		assertThat(json(stored.json()).get("content").stringValue()).isEqualTo("[REDACTED:authorization]\" tail");
	}

	@Test
	void flagsABodyTheWorkerHadAlreadyRedacted() {
		StoredBody stored = this.bodies.prepare(json("{\"content\":\"key [REDACTED:openai_key]\"}"));

		assertThat(stored.redacted()).isTrue();
	}

	@Test
	void replacesCharactersPostgresqlCannotStore() {
		StoredBody stored = this.bodies.prepare(json("{\"a\\u0000\":\"x\\u0000y \\ud800 z \\ud83d\\ude00\"}"));

		assertThat(stored.json()).doesNotContain("\\u0000", "\u0000");
		assertThat(json(stored.json()).get("a\uFFFD").stringValue()).isEqualTo("x\uFFFDy \uFFFD z \uD83D\uDE00");
	}

	@Test
	void cutsABodyOverTheCapToAPreviewWithinIt() {
		String content = "\"quoted\" \\ é 😀 ".repeat(200);
		JsonNode body = JsonNodeFactory.instance.objectNode().put("content", content);
		String original = this.mapper.writeValueAsString(body);

		StoredBody stored = this.bodies.prepare(body);

		assertThat(stored.truncated()).isTrue();
		assertThat(stored.json().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(1024);
		JsonNode preview = json(stored.json());
		assertThat(preview.get("truncated").booleanValue()).isTrue();
		assertThat(preview.get("originalBytes").intValue()).isEqualTo(original.getBytes(StandardCharsets.UTF_8).length);
		assertThat(original).startsWith(preview.get("preview").stringValue());
		assertThat(preview.get("preview").stringValue().length()).isGreaterThan(400);
	}

	@Test
	void redactsBeforeCuttingSoNoPartOfASecretSurvives() {
		String secret = "sk-abcdefghijklmnopqrstuvwxyz0123456789";
		JsonNode body = JsonNodeFactory.instance.objectNode()
			.put("content", "x".repeat(980) + " " + secret + " " + "y".repeat(500));

		StoredBody stored = this.bodies.prepare(body);

		assertThat(stored.truncated()).isTrue();
		assertThat(stored.redacted()).isTrue();
		assertThat(stored.json()).doesNotContain("sk-abc");
	}

	@Test
	void storesNothingForAMissingBody() {
		assertThat(this.bodies.prepare(null)).isNull();
		assertThat(this.bodies.prepare(NullNode.getInstance())).isNull();
	}

	@Test
	void cutsTextOnlyBetweenWholeCharacters() {
		assertThat(BodyTruncator.utf8Prefix("aé😀b", 1)).isEqualTo("a");
		assertThat(BodyTruncator.utf8Prefix("aé😀b", 2)).isEqualTo("a");
		assertThat(BodyTruncator.utf8Prefix("aé😀b", 3)).isEqualTo("aé");
		assertThat(BodyTruncator.utf8Prefix("aé😀b", 6)).isEqualTo("aé");
		assertThat(BodyTruncator.utf8Prefix("aé😀b", 7)).isEqualTo("aé😀");
		assertThat(BodyTruncator.utf8Prefix("aé😀b", 100)).isEqualTo("aé😀b");
	}

	private JsonNode json(String text) {
		return this.mapper.readTree(text);
	}

}
