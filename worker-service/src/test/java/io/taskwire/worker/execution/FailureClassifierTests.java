package io.taskwire.worker.execution;

import java.time.Duration;
import java.time.Instant;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.SecretRedactor;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.tasktype.TaskFailure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTests {

	private final FailureClassifier classifier = new FailureClassifier(new SecretRedactor());

	@Test
	void keepsWhatAHandlerDecided() {
		Instant resetAt = Instant.parse("2030-01-01T00:00:00Z");

		Failure failure = this.classifier
			.classify(new TaskFailure(FailureKind.RATE_LIMITED, "slow down", true, resetAt, "429 body", null));

		assertThat(failure).isEqualTo(new Failure(FailureKind.RATE_LIMITED, "slow down", "429 body", true, resetAt));
	}

	@Test
	void keepsWhatAProviderDecided() {
		Failure failure = this.classifier.classify(LlmFailure.invalidRequest("Unknown LLM provider 'x'"));

		assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.detail()).isNull();
	}

	@Test
	void makesTheTimeLimitANonRetryableAttemptTimeout() {
		Failure failure = this.classifier.classify(new AttemptTimedOut(Duration.ofSeconds(5)));

		assertThat(failure.kind()).isEqualTo(FailureKind.ATTEMPT_TIMED_OUT);
		assertThat(failure.retryable()).isFalse();
		assertThat(failure.message()).contains("5 s");
	}

	@Test
	void makesAnythingElseARetryableHandlerErrorWithItsStackTrace() {
		Failure failure = this.classifier.classify(new IllegalArgumentException("bad day"));

		assertThat(failure.kind()).isEqualTo(FailureKind.HANDLER_ERROR);
		assertThat(failure.retryable()).isTrue();
		assertThat(failure.message()).isEqualTo("IllegalArgumentException: bad day");
		assertThat(failure.detail()).contains("FailureClassifierTests");
	}

	@Test
	void redactsSecretsAndCutsLongTexts() {
		Failure failure = this.classifier
			.classify(new IllegalStateException("key sk-abcdefghijklmnopqrstuvwx leaked " + "x".repeat(5000)));

		assertThat(failure.message()).contains("[REDACTED:openai_key]").doesNotContain("sk-abcdefghijklmnop");
		assertThat(failure.message()).hasSize(FailureClassifier.MAX_MESSAGE_LENGTH + 1);
		assertThat(failure.detail()).doesNotContain("sk-abcdefghijklmnop");
	}

}
