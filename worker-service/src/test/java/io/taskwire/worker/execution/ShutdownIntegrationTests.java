package io.taskwire.worker.execution;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.testsupport.infra.TestInfrastructure;
import io.taskwire.worker.WorkerServiceApplication;
import io.taskwire.worker.support.BlockingTaskType;
import io.taskwire.worker.support.TopicRecorder;
import io.taskwire.worker.support.WorkerTestConfiguration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static io.taskwire.worker.support.Dispatches.aDispatch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker that shuts down hands its running attempts back, so no attempt is used up: the
 * progress still waiting goes first (a retry resumes from it), then {@code TaskReleased},
 * then a last heartbeat offering nothing. Runs a worker of its own, since it stops it.
 */
class ShutdownIntegrationTests {

	private static final String WORKER_ID = "worker-shutting-down";

	@Test
	void handsRunningAttemptsBackAfterTheirLatestProgress() throws Exception {
		ConfigurableApplicationContext worker = startWorker();
		TopicNames names = worker.getBean(TopicNames.class);
		String bootstrapServers = worker.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers");
		try (TopicRecorder recorder = new TopicRecorder(bootstrapServers,
				WorkerTestConfiguration.recordedTopics(names))) {
			TaskDispatched dispatch = aDispatch(BlockingTaskType.NAME).build();
			worker.getBean(EventPublisher.class)
				.publish(Envelope.of(dispatch, Traceparent.newRoot(), Clock.systemUTC()))
				.block();
			String events = names.of(Topic.TASKS_WORKER_EVENTS);
			eventually().until(() -> recorder.eventsOf(events, dispatch.taskId()),
					(seen) -> seen.stream().anyMatch(TaskProgressed.class::isInstance));

			worker.close();

			List<WorkerEvent> seen = eventually().until(() -> recorder.eventsOf(events, dispatch.taskId()),
					(all) -> all.stream().anyMatch(TaskReleased.class::isInstance));
			assertThat(seen).extracting((event) -> event.getClass().getSimpleName())
				.containsExactly("TaskStarted", "TaskProgressed", "TaskProgressed", "TaskReleased");
			assertThat(checkpoints(seen)).containsExactly(1, 2);
			assertThat(((TaskReleased) seen.get(3)).reason()).isEqualTo("The worker is shutting down");
			WorkerHeartbeat last = eventually().until(() -> lastHeartbeat(recorder, names), Optional::isPresent)
				.orElseThrow();
			assertThat(last.freeSlots()).isNotEmpty().allSatisfy((type, free) -> assertThat(free).isZero());
			assertThat(last.partitions()).isEmpty();
			assertThat(last.running()).isEmpty();
		}
		finally {
			worker.close();
		}
	}

	private static ConfigurableApplicationContext startWorker() {
		List<String> arguments = new ArrayList<>();
		TestInfrastructure.register((name, value) -> arguments.add("--" + name + "=" + value.get()), "worker");
		arguments.addAll(List.of("--server.port=0", "--taskwire.worker.id=" + WORKER_ID,
				"--taskwire.worker.progress-interval=1h", "--taskwire.worker.heartbeat-interval=200ms",
				"--taskwire.worker.shutdown-grace=0s"));
		return new SpringApplicationBuilder(WorkerServiceApplication.class, BlockingTaskType.class)
			.run(arguments.toArray(String[]::new));
	}

	private static List<Integer> checkpoints(List<WorkerEvent> events) {
		return events.stream()
			.filter(TaskProgressed.class::isInstance)
			.map((event) -> ((TaskProgressed) event).checkpoint().get("held").asInt())
			.toList();
	}

	private static Optional<WorkerHeartbeat> lastHeartbeat(TopicRecorder recorder, TopicNames names) {
		return recorder.payloads(names.of(Topic.WORKERS_HEARTBEATS), WorkerHeartbeat.class)
			.stream()
			.filter((beat) -> beat.workerId().equals(WORKER_ID) && beat.partitions().isEmpty()
					&& beat.running().isEmpty() && beat.freeSlots().values().stream().allMatch((free) -> free == 0))
			.findFirst();
	}

	private static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

}
