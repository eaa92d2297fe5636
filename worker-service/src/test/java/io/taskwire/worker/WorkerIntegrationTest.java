package io.taskwire.worker;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.execution.Slots;
import io.taskwire.testsupport.infra.TestInfrastructure;
import io.taskwire.worker.support.SendLog;
import io.taskwire.worker.support.TopicRecorder;
import io.taskwire.worker.support.WorkerTestConfiguration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The worker against the real broker of this test JVM, with short intervals. Every
 * integration test class extending it shares one context (one worker, one topic prefix);
 * tests tell their records apart by task id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "taskwire.worker.id=" + WorkerIntegrationTest.WORKER_ID,
				"taskwire.worker.heartbeat-interval=200ms", "taskwire.worker.slots[test.blocking]=1",
				"taskwire.worker.simulated.latency=20ms", "taskwire.worker.simulated.jitter=10ms",
				"spring.kafka.producer.properties.interceptor.classes=io.taskwire.worker.support.SendLog" })
@Import(WorkerTestConfiguration.class)
public abstract class WorkerIntegrationTest {

	protected static final String WORKER_ID = "worker-under-test";

	@Autowired
	protected EventPublisher publisher;

	@Autowired
	protected TopicNames topicNames;

	@Autowired
	protected TopicRecorder recorder;

	@Autowired
	protected Clock clock;

	@Autowired
	protected Slots slots;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "worker");
	}

	protected static ConditionFactory eventually() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
	}

	protected TaskDispatched dispatch(TaskDispatched dispatch) {
		return dispatch(dispatch, null);
	}

	protected TaskDispatched dispatch(TaskDispatched dispatch, Integer partition) {
		this.publisher.publish(Envelope.of(dispatch, Traceparent.newRoot(), this.clock), partition).block();
		return dispatch;
	}

	protected void cancel(UUID taskId, String workerId, Integer partition) {
		CancelAttempt order = new CancelAttempt(taskId, 1, workerId, CancelAttempt.Reason.CANCELLED);
		this.publisher.publish(Envelope.of(order, Traceparent.newRoot(), this.clock), partition).block();
	}

	/**
	 * Cancels a running attempt and waits until it is reported and its slot is free
	 * again, so the next test finds the worker as it was.
	 * @param taskId the task
	 * @param type its type
	 */
	protected void cancelAndAwaitItsEnd(UUID taskId, String type) {
		int freeBefore = this.slots.free().get(type);
		cancel(taskId, WORKER_ID, null);
		awaitEvent(taskId, TaskCancelled.class);
		eventually().until(() -> this.slots.free().get(type) > freeBefore);
	}

	protected String topic(Topic topic) {
		return this.topicNames.of(topic);
	}

	protected List<WorkerEvent> eventsOf(UUID taskId) {
		return this.recorder.eventsOf(topic(Topic.TASKS_WORKER_EVENTS), taskId);
	}

	protected List<String> eventTypesOf(UUID taskId) {
		return eventsOf(taskId).stream().map((event) -> event.getClass().getSimpleName()).toList();
	}

	protected <E extends WorkerEvent> E awaitEvent(UUID taskId, Class<E> type) {
		return eventually()
			.until(() -> eventsOf(taskId).stream().filter(type::isInstance).map(type::cast).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * How many worker events with this task's key the worker handed to its producer; it
	 * counts at the send, so it sees what the recorder may not have read yet.
	 * @param taskId the task
	 * @param eventType the event's wire name
	 * @return the count
	 */
	protected long sentEvents(UUID taskId, String eventType) {
		return SendLog.sent(topic(Topic.TASKS_WORKER_EVENTS), taskId.toString(), eventType);
	}

}
