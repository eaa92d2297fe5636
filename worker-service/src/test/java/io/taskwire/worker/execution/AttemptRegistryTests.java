package io.taskwire.worker.execution;

import java.util.UUID;

import io.taskwire.worker.execution.AttemptRegistry.Ended;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptRegistryTests {

	private final AttemptRegistry registry = new AttemptRegistry(2);

	@Test
	void remembersAttemptsThatEnded() {
		AttemptKey key = new AttemptKey(UUID.randomUUID(), 1);

		this.registry.remember(key, Ended.REPORTED);

		assertThat(this.registry.isKnown(key)).isTrue();
		assertThat(this.registry.isKnown(new AttemptKey(key.taskId(), 2))).isFalse();
	}

	@Test
	void forgetsTheOldestBeyondItsCapacity() {
		AttemptKey oldest = new AttemptKey(UUID.randomUUID(), 1);
		this.registry.remember(oldest, Ended.REPORTED);
		this.registry.remember(new AttemptKey(UUID.randomUUID(), 1), Ended.REPORTED);
		this.registry.remember(new AttemptKey(UUID.randomUUID(), 1), Ended.REPORTED);

		assertThat(this.registry.isKnown(oldest)).isFalse();
	}

	@Test
	void keepsACancelThatCameBeforeItsDispatchApartFromEndedAttempts() {
		AttemptKey key = new AttemptKey(UUID.randomUUID(), 1);

		this.registry.remember(key, Ended.CANCELLED_BEFORE_DISPATCH);

		assertThat(this.registry.isKnown(key)).isFalse();
		assertThat(this.registry.wasCancelledBeforeDispatch(key)).isTrue();
	}

}
