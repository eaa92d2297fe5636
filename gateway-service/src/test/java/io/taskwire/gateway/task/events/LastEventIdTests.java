package io.taskwire.gateway.task.events;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LastEventIdTests {

	private final UUID task = UUID.fromString("019a5c3e-7b10-7c4e-9a3b-2f1d0c9e8a71");

	@Test
	void resumesAfterTheSeqOfTheTasksEvent() {
		assertThat(LastEventId.seqAfter(this.task + ":7", this.task)).isEqualTo(7);
		assertThat(LastEventId.seqAfter(LastEventId.of(this.task, 12), this.task)).isEqualTo(12);
	}

	@Test
	void startsFromTheBeginningWithoutAUsableId() {
		assertThat(LastEventId.seqAfter(null, this.task)).isZero();
		assertThat(LastEventId.seqAfter("", this.task)).isZero();
		assertThat(LastEventId.seqAfter(UUID.randomUUID() + ":7", this.task)).isZero();
		assertThat(LastEventId.seqAfter(this.task + ":x", this.task)).isZero();
		assertThat(LastEventId.seqAfter(this.task + ":-3", this.task)).isZero();
		assertThat(LastEventId.seqAfter(this.task + ":99999999999999999999999", this.task)).isZero();
	}

}
