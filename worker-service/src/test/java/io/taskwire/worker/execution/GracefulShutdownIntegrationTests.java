package io.taskwire.worker.execution;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.testsupport.infra.TestInfrastructure;
import io.taskwire.worker.WorkerServiceApplication;
import io.taskwire.worker.support.BlockingTaskType;
import io.taskwire.worker.support.GatedTaskType;
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
 * SIGTERM with tasks running: the worker stops taking work (dispatches arriving now are
 * rejected, heartbeats offer no slot), lets running attempts finish within the grace
 * period, and hands back what still runs after it. Nothing is lost, and no attempt is
 * used up by the hand-back (released and rejected attempts are requeued by task-service
 * as they are). Runs a worker of its own, since it stops it.
 */
class GracefulShutdownIntegrationTests {

	private static final String WORKER_ID = "worker-draining";

	@Test
	void letsRunningAttemptsFinishWithinTheGraceAndHandsTheRestBack() throws Exception {
		GatedTaskType.close();
		ConfigurableApplicationContext worker = startWorker();
		TopicNames names = worker.getBean(TopicNames.class);
		String events = names.of(Topic.TASKS_WORKER_EVENTS);
		try (TopicRecorder recorder = new TopicRecorder(
				worker.getEnvironment().getRequiredProperty("spring.kafka.bootstrap-servers"),
				WorkerTestConfiguration.recordedTopics(names))) {
			EventPublisher publisher = worker.getBean(EventPublisher.class);
			TaskDispatched finishing = publish(publisher, aDispatch(GatedTaskType.NAME).build());
			TaskDispatched stuck = publish(publisher, aDispatch(BlockingTaskType.NAME).build());
			eventually().until(() -> started(recorder, events, finishing) && started(recorder, events, stuck));

			CompletableFuture<Void> closing = CompletableFuture.runAsync(worker::close);
			eventually().until(() -> drainingHeartbeatSeen(recorder, names));
			TaskDispatched late = publish(publisher, aDispatch("noop").build());
			eventually().until(
					() -> recorder.eventsOf(events, late.taskId()).stream().anyMatch(TaskRejected.class::isInstance));
			GatedTaskType.open();
			closing.get();

			assertThat(types(recorder.eventsOf(events, finishing.taskId()))).containsExactly("TaskStarted",
					"TaskSucceeded");
			List<WorkerEvent> stuckEvents = eventually().until(() -> recorder.eventsOf(events, stuck.taskId()),
					(seen) -> seen.stream().anyMatch(TaskReleased.class::isInstance));
			assertThat(types(stuckEvents)).containsExactly("TaskStarted", "TaskProgressed", "TaskProgressed",
					"TaskReleased");
			assertThat(types(recorder.eventsOf(events, late.taskId()))).containsExactly("TaskRejected");
			TaskRejected rejected = (TaskRejected) recorder.eventsOf(events, late.taskId()).get(0);
			assertThat(rejected.reason()).isEqualTo("The worker is shutting down");
		}
		finally {
			GatedTaskType.open();
			worker.close();
		}
	}

	private static ConfigurableApplicationContext startWorker() {
		List<String> arguments = new ArrayList<>();
		TestInfrastructure.register((name, value) -> arguments.add("--" + name + "=" + value.get()), "worker");
		arguments.addAll(List.of("--server.port=0", "--taskwire.worker.id=" + WORKER_ID,
				"--taskwire.worker.progress-interval=1h", "--taskwire.worker.heartbeat-interval=100ms",
				"--taskwire.worker.shutdown-grace=5s"));
		return new SpringApplicationBuilder(WorkerServiceApplication.class, BlockingTaskType.class, GatedTaskType.class)
			.run(arguments.toArray(String[]::new));
	}

	private static TaskDispatched publish(EventPublisher publisher, TaskDispatched dispatch) {
		publisher.publish(Envelope.of(dispatch, Traceparent.newRoot(), Clock.systemUTC())).block();
		return dispatch;
	}

	private static boolean started(TopicRecorder recorder, String events, TaskDispatched dispatch) {
		return recorder.eventsOf(events, dispatch.taskId()).stream().anyMatch(TaskStarted.class::isInstance);
	}

	/** A heartbeat that still runs attempts but offers no slot: the drain has begun. */
	private static boolean drainingHeartbeatSeen(TopicRecorder recorder, TopicNames names) {
		return recorder.payloads(names.of(Topic.WORKERS_HEARTBEATS), WorkerHeartbeat.class)
			.stream()
			.anyMatch((beat) -> beat.workerId().equals(WORKER_ID) && !beat.running().isEmpty()
					&& beat.freeSlots().values().stream().allMatch((free) -> free == 0));
	}

	private static List<String> types(List<WorkerEvent> events) {
		return events.stream().map((event) -> event.getClass().getSimpleName()).toList();
	}

	private static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

}
