package io.taskwire.worker.execution;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.worker.WorkerProperties;
import io.taskwire.worker.support.BlockingTaskType;
import io.taskwire.worker.tasktype.TaskTypes;
import io.taskwire.worker.tasktype.noop.NoopTaskType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsTests {

	private final TaskTypes types = new TaskTypes(List.of(new NoopTaskType(), new BlockingTaskType()),
			new MessageCodec());

	private Slots slots(int maxConcurrent) {
		return new Slots(this.types, new WorkerProperties("w", Duration.ofSeconds(2), Duration.ofSeconds(1),
				maxConcurrent, 5, Map.of("noop", 2), 100, Duration.ofSeconds(20), Duration.ofSeconds(10)));
	}

	@Test
	void limitsEachTypeAndAllTypesTogether() {
		Slots slots = slots(3);

		assertThat(slots.tryAcquire("noop")).isTrue();
		assertThat(slots.tryAcquire("noop")).isTrue();
		assertThat(slots.tryAcquire("noop")).as("noop has 2").isFalse();
		assertThat(slots.tryAcquire(BlockingTaskType.NAME)).isTrue();
		assertThat(slots.tryAcquire(BlockingTaskType.NAME)).as("3 in all").isFalse();
		assertThat(slots.free()).containsEntry("noop", 0).containsEntry(BlockingTaskType.NAME, 0);

		slots.release("noop");

		assertThat(slots.free()).containsEntry("noop", 1).containsEntry(BlockingTaskType.NAME, 1);
		assertThat(slots.tryAcquire(BlockingTaskType.NAME)).isTrue();
	}

	@Test
	void advertisesNoneAndGivesNoneOnceClosed() {
		Slots slots = slots(100);

		slots.close();

		assertThat(slots.free()).allSatisfy((type, free) -> assertThat(free).isZero());
		assertThat(slots.tryAcquire("noop")).isFalse();
	}

	@Test
	void knowsNoSlotOfATypeItDoesNotRun() {
		assertThat(slots(100).tryAcquire("no.such.type")).isFalse();
	}

}
