package io.taskwire.testsupport.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InfrastructureChoiceTests {

	@Test
	void runsOnTestcontainersWhenDockerAnswersAndNothingIsSet() {
		assertThat(InfrastructureChoice.choose(null, () -> true)).isEqualTo(InfrastructureChoice.TESTCONTAINERS);
		assertThat(InfrastructureChoice.choose("auto", () -> true)).isEqualTo(InfrastructureChoice.TESTCONTAINERS);
	}

	@Test
	void runsEmbeddedWhenDockerIsAbsent() {
		assertThat(InfrastructureChoice.choose(null, () -> false)).isEqualTo(InfrastructureChoice.EMBEDDED);
		assertThat(InfrastructureChoice.choose(" AUTO ", () -> false)).isEqualTo(InfrastructureChoice.EMBEDDED);
	}

	@Test
	void followsAnExplicitSettingWithoutAskingForDocker() {
		assertThat(InfrastructureChoice.choose("embedded", () -> {
			throw new AssertionError("Docker must not be probed");
		})).isEqualTo(InfrastructureChoice.EMBEDDED);
		assertThat(InfrastructureChoice.choose("testcontainers", () -> false))
			.isEqualTo(InfrastructureChoice.TESTCONTAINERS);
	}

	@Test
	void rejectsAnUnknownSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> InfrastructureChoice.choose("docker", () -> true))
			.withMessageContaining("taskwire.test.infrastructure");
	}

}
