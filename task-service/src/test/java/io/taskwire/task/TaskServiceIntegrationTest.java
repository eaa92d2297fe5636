package io.taskwire.task;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.lifecycle.Tasks;
import io.taskwire.testsupport.infra.TestInfrastructure;
import io.taskwire.testsupport.time.MutableClock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every test against the real broker and database. All such test classes
 * share one context (and so one database and one topic prefix); each test keeps to its
 * own task types, users and workers, so what other tests left behind never matters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "taskwire.task.dispatch.interval=50ms", "taskwire.task.sweep.interval=100ms",
				"taskwire.task.outbox.interval=50ms" })
@Import(TaskServiceTestConfiguration.class)
public abstract class TaskServiceIntegrationTest {

	/** Partitions of every topic under test ({@link TestInfrastructure}). */
	protected static final int PARTITIONS = 2;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "task");
	}

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected RecordedTopics recorded;

	@Autowired
	protected Tasks tasks;

	@Autowired
	protected DatabaseClient db;

	@Autowired
	protected TopicNames topicNames;

	@Autowired
	protected MessageCodec codec;

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private KafkaTemplate<String, byte[]> kafkaTemplate;

	protected static ConditionFactory eventually() {
		return Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(25));
	}

	protected void send(Message payload) {
		this.publisher.publish(Messages.envelope(payload, this.clock)).block();
	}

	protected void send(Envelope<?> envelope) {
		this.publisher.publish(envelope).block();
	}

	protected void sendRaw(Topic topic, String key, byte[] value) throws Exception {
		this.kafkaTemplate.send(new ProducerRecord<>(this.topicNames.of(topic), key, value)).get();
	}

	protected Task task(UUID id) {
		return this.tasks.find(id).block();
	}

	protected Task awaitStatus(UUID id, TaskStatus status) {
		return eventually().until(() -> task(id), (task) -> task != null && task.status() == status);
	}

	/**
	 * A worker of a type of its own that has just beaten.
	 * @param type the task type it runs
	 * @param freeSlots its free slots for the type
	 * @return its id
	 */
	protected String aLiveWorker(String type, int freeSlots) {
		String worker = Messages.aWorker();
		send(Messages.heartbeat(worker, type, freeSlots, 1));
		eventually().until(() -> count("SELECT count(*) FROM worker WHERE id = :id", worker) == 1);
		return worker;
	}

	protected Task awaitTask(UUID id) {
		return eventually().until(() -> task(id), (task) -> task != null);
	}

	/** The task's status events on {@code tasks.status}, as published. */
	protected List<StatusEvent> published(UUID taskId) {
		return this.recorded.envelopes(Topic.TASKS_STATUS, taskId.toString())
			.stream()
			.map((envelope) -> (StatusEvent) envelope.payload())
			.toList();
	}

	protected List<TaskDispatched> dispatches(UUID taskId) {
		return this.recorded.envelopes(Topic.TASKS_DISPATCH, taskId.toString())
			.stream()
			.map((envelope) -> (TaskDispatched) envelope.payload())
			.toList();
	}

	protected List<CancelAttempt> ordersTo(String workerId) {
		return this.recorded.envelopes(Topic.TASKS_CONTROL, workerId)
			.stream()
			.map((envelope) -> (CancelAttempt) envelope.payload())
			.toList();
	}

	protected TaskDispatched awaitDispatch(UUID taskId, int attempt) {
		return eventually().until(
				() -> dispatches(taskId).stream().filter((d) -> d.attempt() == attempt).findFirst().orElse(null),
				(d) -> d != null);
	}

	/**
	 * Waits until every command sent so far is applied: commands of a partition are
	 * applied in order, so once a task created after them on each partition is in, they
	 * are too.
	 */
	protected void awaitEarlierCommandsApplied() {
		markerTasks().forEach(this::awaitTask);
	}

	/**
	 * Waits until every worker event sent so far is applied, the same way: a log line for
	 * a marker task on each partition, which is recorded as ignored.
	 */
	protected void awaitEarlierWorkerEventsApplied() {
		for (UUID marker : markerTasks()) {
			awaitTask(marker);
			long before = count("SELECT count(*) FROM timeline WHERE task_id = :id", marker);
			send(Messages.logged(marker, 1, "marker-worker", "marker"));
			eventually().until(() -> count("SELECT count(*) FROM timeline WHERE task_id = :id", marker) > before);
		}
	}

	private List<UUID> markerTasks() {
		List<UUID> markers = new ArrayList<>();
		for (int partition = 0; partition < PARTITIONS; partition++) {
			TaskCreated marker = markerOn(partition);
			send(marker);
			markers.add(marker.taskId());
		}
		return markers;
	}

	private TaskCreated markerOn(int partition) {
		while (true) {
			TaskCreated marker = Messages.aTask(this.clock).ofType("marker").build();
			byte[] key = marker.taskId().toString().getBytes(StandardCharsets.UTF_8);
			if (Utils.toPositive(Utils.murmur2(key)) % PARTITIONS == partition) {
				return marker;
			}
		}
	}

	protected long count(String sql, Object id) {
		return this.db.sql(sql).bind("id", id).map((row, metadata) -> row.get(0, Long.class)).one().block();
	}

}
