package io.taskwire.worker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkerIdentityTests {

	@Test
	void takesTheConfiguredId() {
		assertThat(WorkerIdentity.of(" worker-7 ").id()).isEqualTo("worker-7");
	}

	@Test
	void makesADistinctIdFromTheHostNameWhenNoneIsConfigured() {
		WorkerIdentity first = WorkerIdentity.of("");
		WorkerIdentity second = WorkerIdentity.of(null);

		assertThat(first.id()).matches(".+-[0-9a-f]{6}");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void refusesABlankId() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkerIdentity(" "));
	}

}
