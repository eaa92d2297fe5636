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
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.execution.Slots;
import io.taskwire.testsupport.infra.TestInfrastructure;
import io.taskwire.worker.support.FakeOpenAi;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"taskwire.worker.id=" + WorkerIntegrationTest.WORKER_ID, "taskwire.worker.heartbeat-interval=200ms",
		"taskwire.worker.slots[test.blocking]=1", "taskwire.worker.simulated.latency=20ms",
		"taskwire.worker.simulated.jitter=10ms", "taskwire.worker.providers.fake-openai.type=openai",
		"taskwire.worker.providers.fake-openai.api-key=" + FakeOpenAi.KEY,
		"taskwire.worker.providers.fake-openai.default-model=" + FakeOpenAi.MODEL,
		"taskwire.worker.providers.simulated-backup.type=simulated",
		"taskwire.worker.providers.simulated-backup.default-model=backup-1",
		"taskwire.worker.llm.fallbacks[llm.extract]=simulated-backup",
		"taskwire.worker.llm.fallbacks[llm.plan]=simulated-backup", "taskwire.worker.http-job.min-poll-interval=10ms",
		"taskwire.worker.http-job.log-interval=100ms", "taskwire.worker.http-job.max-poll-failures=2",
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
		registry.add("taskwire.worker.providers.fake-openai.base-url", () -> FakeOpenAi.server().baseUrl());
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

	/**
	 * The LLM calls recorded for a task, in the order they were published.
	 * @param taskId the task
	 * @return the records
	 */
	protected List<LlmCallRecorded> callsOf(UUID taskId) {
		return this.recorder.payloads(topic(Topic.LLM_CALLS), LlmCallRecorded.class)
			.stream()
			.filter((call) -> call.taskId().equals(taskId))
			.toList();
	}

	/**
	 * Waits until a task has this many recorded LLM calls.
	 * @param taskId the task
	 * @param count how many
	 * @return the records
	 */
	protected List<LlmCallRecorded> awaitCalls(UUID taskId, int count) {
		return eventually().until(() -> callsOf(taskId), (all) -> all.size() >= count);
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
	 * The first event of a type of one attempt of a task.
	 * @param <E> the event type
	 * @param taskId the task
	 * @param attempt the attempt
	 * @param type the event type
	 * @return the event, once it was published
	 */
	protected <E extends WorkerEvent> E awaitEvent(UUID taskId, int attempt, Class<E> type) {
		return eventually()
			.until(() -> eventsOf(taskId).stream()
				.filter((event) -> event.attempt() == attempt)
				.filter(type::isInstance)
				.map(type::cast)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * The last progress an attempt reported, as the next attempt would get it.
	 * @param taskId the task
	 * @param attempt the attempt
	 * @return its checkpoint
	 */
	protected tools.jackson.databind.JsonNode lastCheckpointOf(UUID taskId, int attempt) {
		return eventsOf(taskId).stream()
			.filter((event) -> event.attempt() == attempt)
			.filter(io.taskwire.contracts.worker.TaskProgressed.class::isInstance)
			.map((event) -> ((io.taskwire.contracts.worker.TaskProgressed) event).checkpoint())
			.reduce((first, second) -> second)
			.orElse(null);
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
