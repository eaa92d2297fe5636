package io.taskwire.contracts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactorTests {

	private final SecretRedactor redactor = new SecretRedactor();

	@Test
	void replacesProviderKeysTokensAndJwts() {
		String text = "use sk-proj-abcdefghijklmnopqrstuv and sk-ant-api03-abcdefghijk and "
				+ "AIzaSyA1234567890abcdefghijklmnopqrstu then token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";

		SecretRedactor.Result result = this.redactor.redact(text);

		assertThat(result.text()).doesNotContain("sk-proj", "sk-ant-api03", "AIzaSy", "eyJhbGci")
			.contains("[REDACTED:openai_key]", "[REDACTED:anthropic_key]", "[REDACTED:google_key]", "[REDACTED:jwt]");
		assertThat(result.redacted()).isTrue();
	}

	@Test
	void replacesAuthorizationHeadersAndBearerTokens() {
		assertThat(this.redactor.redact("Authorization: Basic dXNlcjpwYXNz\nnext").text())
			.isEqualTo("[REDACTED:authorization]\nnext");
		assertThat(this.redactor.redact("send Bearer abcdefgh12345678 along").text())
			.isEqualTo("send [REDACTED:bearer] along");
	}

	@Test
	void appliesConfiguredPatterns() {
		SecretRedactor custom = new SecretRedactor(Map.of("ticket_secret", "TS-[0-9]{6}"));

		assertThat(custom.redact("code TS-123456").text()).isEqualTo("code [REDACTED:ticket_secret]");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		SecretRedactor.Result result = this.redactor.redact("Translate 'sky is blue' to German");

		assertThat(result.text()).isEqualTo("Translate 'sky is blue' to German");
		assertThat(result.redacted()).isFalse();
	}

}
