package io.taskwire.worker.llm;

import java.time.Duration;

import io.taskwire.contracts.FailureKind;
import org.junit.jupiter.api.Test;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FailureInjectionTests {

	@Test
	void failsTheFirstCallsOfAnAttempt() {
		FailureInjection injection = FailureInjection
			.of(json("{\"simulate\":{\"fail\":\"rate_limited\",\"times\":2,\"retryAfterSeconds\":30}}"));

		InjectedFailure first = injection.next("chat");
		assertThat(first).isEqualTo(new InjectedFailure(InjectedFailure.Kind.RATE_LIMITED, Duration.ofSeconds(30)));
		assertThat(injection.next("chat")).isEqualTo(first);
		assertThat(injection.next("chat")).isNull();
	}

	@Test
	void countsOnlyTheNamedStep() {
		FailureInjection injection = FailureInjection
			.of(json("{\"simulate\":{\"fail\":\"invalid_json\",\"step\":\"day-2\"}}"));

		assertThat(injection.next("day-1")).isNull();
		assertThat(injection.next("day-2").kind()).isEqualTo(InjectedFailure.Kind.INVALID_JSON);
		assertThat(injection.next("day-2")).isNull();
	}

	@Test
	void injectsNothingWithoutFlags() {
		assertThat(FailureInjection.of(json("{\"prompt\":\"Hi\"}")).next("chat")).isNull();
		assertThat(FailureInjection.of(null).next("chat")).isNull();
	}

	@Test
	void refusesFlagsItDoesNotKnow() {
		LlmFailure failure = catchThrowableOfType(LlmFailure.class,
				() -> FailureInjection.of(json("{\"simulate\":{\"fail\":\"explode\"}}")));

		assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
		assertThat(failure.getMessage()).contains("explode");
	}

}
