package io.taskwire.worker.heartbeat;

import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchPartitionsTests {

	private final DispatchPartitions partitions = new DispatchPartitions();

	@Test
	void followsAssignmentsRevocationsAndLosses() {
		this.partitions.onPartitionsAssigned(List.of(partition(2), partition(0)));
		assertThat(this.partitions.current()).containsExactly(0, 2);

		this.partitions.onPartitionsAssigned(List.of(partition(5)));
		this.partitions.onPartitionsRevoked(List.of(partition(0)));
		assertThat(this.partitions.current()).containsExactly(2, 5);

		this.partitions.onPartitionsLost(List.of(partition(2), partition(5)));
		assertThat(this.partitions.current()).isEmpty();
	}

	@Test
	void announcesEveryChangeAsItHappens() {
		StepVerifier.create(this.partitions.changes().take(2))
			.then(() -> this.partitions.onPartitionsAssigned(List.of(partition(1))))
			.then(() -> this.partitions.onPartitionsRevoked(List.of()))
			.then(() -> this.partitions.onPartitionsRevoked(List.of(partition(1))))
			.expectNext(List.of(1), List.of())
			.verifyComplete();
	}

	private static TopicPartition partition(int number) {
		return new TopicPartition("tasks.dispatch", number);
	}

}
