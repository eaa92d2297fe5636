package io.taskwire.worker.heartbeat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.taskwire.contracts.Topic;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.contracts.worker.WorkerHeartbeat.RunningAttempt;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.BlockingTaskType;
import io.taskwire.worker.support.TopicRecorder.Received;
import org.junit.jupiter.api.Test;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Heartbeats tell task-service what this worker can take and where to send it.
 */
class HeartbeatIntegrationTests extends WorkerIntegrationTest {

	@Test
	void carryFreeSlotsPerTypeRunningAttemptsAndTheDispatchPartitions() {
		UUID taskId = dispatch(aDispatch("noop").withInput("{\"sleepMs\":600000}").build()).taskId();
		awaitEvent(taskId, TaskStarted.class);

		WorkerHeartbeat heartbeat = eventually()
			.until(() -> heartbeats().stream()
				.filter((beat) -> beat.running().contains(new RunningAttempt(taskId, 1)))
				.findFirst(), Optional::isPresent)
			.orElseThrow();

		assertThat(heartbeat.workerId()).isEqualTo(WORKER_ID);
		assertThat(heartbeat.partitions()).containsExactly(0, 1);
		assertThat(heartbeat.freeSlots()).containsOnlyKeys("http.job", "llm.chat", "llm.extract", "llm.plan",
				"llm.translate", "noop", BlockingTaskType.NAME);
		assertThat(heartbeat.freeSlots().get("noop")).isLessThan(256);
		assertThat(heartbeat.freeSlots().get("llm.chat")).isPositive();
		cancelAndAwaitItsEnd(taskId, "noop");
	}

	@Test
	void offerTheConfiguredSlotsOfEveryTypeWhenIdle() {
		Map<String, Integer> configured = Map.of("noop", 256, "llm.chat", 64, "llm.extract", 64, "llm.plan", 64,
				"llm.translate", 64, "http.job", 64, BlockingTaskType.NAME, 1);

		eventually().until(() -> heartbeats().stream().anyMatch((beat) -> beat.freeSlots().equals(configured)));
	}

	@Test
	void areKeyedByTheWorkerId() {
		List<Received> records = eventually().until(() -> this.recorder.of(topic(Topic.WORKERS_HEARTBEATS)),
				(beats) -> !beats.isEmpty());

		assertThat(records).extracting(Received::key).containsOnly(WORKER_ID);
	}

	private List<WorkerHeartbeat> heartbeats() {
		return this.recorder.payloads(topic(Topic.WORKERS_HEARTBEATS), WorkerHeartbeat.class);
	}

}
