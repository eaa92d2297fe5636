package io.taskwire.gateway.tasktype;

import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.gateway.TaskTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskTypeTests {

	@Test
	void offersTheDefaultsItsWorkerRegistered() {
		TaskType noop = TaskType.of(TaskTypes.noop());
		assertThat(noop.defaultTimeoutSeconds()).isEqualTo(60);
		assertThat(noop.defaultMaxAttempts()).isEqualTo(3);
	}

	@Test
	void offersNoDefaultThatNoTaskCouldHave() {
		TaskType odd = TaskType.of(new TaskTypeRegistered("odd", "1", "Out-of-range defaults",
				TaskTypes.schema("{\"type\":\"object\"}"), new TaskTypeRegistered.Defaults(8 * 24 * 3600, 0)));
		assertThat(odd.defaultTimeoutSeconds()).isNull();
		assertThat(odd.defaultMaxAttempts()).isNull();
	}

}
