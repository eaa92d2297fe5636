package io.taskwire.worker.llm.http;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ResetHeadersTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	@Test
	void readsEveryFormatProvidersUse() {
		assertThat(ResetHeaders.parse("20", NOW)).contains(NOW.plusSeconds(20));
		assertThat(ResetHeaders.parse("1.5", NOW)).contains(NOW.plusMillis(1500));
		assertThat(ResetHeaders.parse("6m0s", NOW)).contains(NOW.plus(Duration.ofMinutes(6)));
		assertThat(ResetHeaders.parse("1h2m3.5s", NOW)).contains(NOW.plus(Duration.ofSeconds(3723)).plusMillis(500));
		assertThat(ResetHeaders.parse("20ms", NOW)).contains(NOW.plusMillis(20));
		assertThat(ResetHeaders.parse("2030-01-01T00:00:42Z", NOW)).contains(NOW.plusSeconds(42));
		assertThat(ResetHeaders.parse("Tue, 01 Jan 2030 00:01:00 GMT", NOW)).contains(NOW.plusSeconds(60));
		assertThat(ResetHeaders.parse("1893456030", NOW)).contains(NOW.plusSeconds(30));
		assertThat(ResetHeaders.parse("soon", NOW)).isEmpty();
		assertThat(ResetHeaders.parse("5x", NOW)).isEmpty();
	}

	@Test
	void neverGoesBackInTimeNorFurtherThanADay() {
		assertThat(ResetHeaders.parse("2029-12-31T00:00:00Z", NOW)).contains(NOW);
		assertThat(ResetHeaders.parse("999999", NOW)).contains(NOW.plus(Duration.ofDays(1)));
	}

	@Test
	void prefersRetryAfterMsThenRetryAfterThenTheLatestReset() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-reset-requests", "2s");
		headers.set("anthropic-ratelimit-output-tokens-reset", "2030-01-01T00:00:09Z");
		assertThat(ResetHeaders.retryNotBefore(headers, NOW)).contains(NOW.plusSeconds(9));

		headers.set("Retry-After", "3");
		assertThat(ResetHeaders.retryNotBefore(headers, NOW)).contains(NOW.plusSeconds(3));

		headers.set("retry-after-ms", "1500");
		assertThat(ResetHeaders.retryNotBefore(headers, NOW)).contains(NOW.plusMillis(1500));

		assertThat(ResetHeaders.retryNotBefore(new HttpHeaders(), NOW)).isEmpty();
	}

}
