package io.taskwire.worker.llm;

import io.taskwire.contracts.SecretRedactor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;

class RedactedJsonTests {

	private final RedactedJson redacted = new RedactedJson(new SecretRedactor());

	@Test
	void redactsEveryStringInTheTree() {
		JsonNode request = json("""
				{"messages": [{"role": "user", "content": "key sk-abcdefghijklmnopqrstuvwx"}],
				 "nested": {"header": "Authorization: Bearer abcdefghijkl"}, "maxTokens": 5}
				""");

		JsonNode result = this.redacted.redact(request);

		assertThat(result.at("/messages/0/content").stringValue()).isEqualTo("key [REDACTED:openai_key]");
		assertThat(result.at("/nested/header").stringValue()).isEqualTo("[REDACTED:authorization]");
		assertThat(result.get("maxTokens").asInt()).isEqualTo(5);
		assertThat(request.at("/messages/0/content").stringValue()).contains("sk-abcdefghijklmnopqrstuvwx");
	}

	@Test
	void keepsJsonValidWhereARedactionMeetsAQuote() {
		JsonNode request = json("{\"content\":\"Authorization: abc\\\" , \\\"x\\\": 1\"}");

		JsonNode result = this.redacted.redact(request);

		assertThat(result.get("content").stringValue()).startsWith("[REDACTED:authorization]");
		assertThat(result.size()).isEqualTo(1);
	}

}
