package io.taskwire.task.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;
import io.taskwire.task.worker.Worker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerCapacityTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

	@Test
	void offersTheFreeSlotsWorkersReported() {
		WorkerCapacity capacity = WorkerCapacity.of(
				List.of(worker("w1", Map.of("noop", 2, "llm.chat", 1)), worker("w2", Map.of("noop", 3, "llm.chat", 0))),
				List.of());

		assertThat(capacity.freeByType()).containsExactlyInAnyOrderEntriesOf(Map.of("noop", 5, "llm.chat", 1));
	}

	@Test
	void takesFromTheWorkerWithTheMostFreeSlotsUntilNoneIsLeft() {
		WorkerCapacity capacity = WorkerCapacity
			.of(List.of(worker("w1", Map.of("noop", 1)), worker("w2", Map.of("noop", 2))), List.of());

		assertThat(capacity.take("noop").id()).isEqualTo("w2");
		assertThat(capacity.take("noop").id()).isIn("w1", "w2");
		assertThat(capacity.take("noop")).isNotNull();
		assertThat(capacity.take("noop")).isNull();
		assertThat(capacity.take("unknown")).isNull();
	}

	@Test
	void countsAttemptsHandedToAWorkerThatItsHeartbeatDoesNotListYet() {
		UUID seen = UUID.randomUUID();
		UUID inFlight = UUID.randomUUID();
		Worker worker = new Worker("w1", Map.of("noop", 3), List.of(new RunningAttempt(seen, 1)), List.of(0), NOW);

		WorkerCapacity capacity = WorkerCapacity.of(List.of(worker),
				List.of(new LiveAttempt(seen, 1, "alice", "noop", "w1"),
						new LiveAttempt(inFlight, 1, "alice", "noop", "w1"),
						new LiveAttempt(UUID.randomUUID(), 1, "bob", "noop", "w2")));

		assertThat(capacity.freeByType()).containsExactlyEntriesOf(Map.of("noop", 2));
	}

	@Test
	void skipsWorkersThatReadNoDispatchPartition() {
		Worker unassigned = new Worker("w1", Map.of("noop", 3), List.of(), List.of(), NOW);

		assertThat(WorkerCapacity.of(List.of(unassigned), List.of()).freeByType()).isEmpty();
	}

	private static Worker worker(String id, Map<String, Integer> freeSlots) {
		return new Worker(id, freeSlots, List.of(), List.of(0, 1), NOW);
	}

}
