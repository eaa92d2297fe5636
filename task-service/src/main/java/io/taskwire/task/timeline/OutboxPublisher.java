package io.taskwire.task.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.task.TaskProperties;
import io.taskwire.task.support.AdvisoryLocks;
import io.taskwire.task.support.KafkaSends;
import io.taskwire.task.support.PollingLoop;
import io.taskwire.task.support.Wakeups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Publishes unpublished timeline rows to {@code tasks.status}: each task's rows one after
 * another in seq order, each acknowledged by the broker before the next, then marks them
 * published. A crash between a commit and the send only delays the rows; a crash between
 * the send and the mark sends them again with the same event id (consumers drop
 * duplicates by task id and seq). One publisher at a time across replicas holds an
 * advisory lock, so no replica overtakes another's sends of a task.
 */
@Component
public class OutboxPublisher extends PollingLoop {

	private static final int TASKS_IN_FLIGHT = 64;

	private final Timeline timeline;

	private final EventPublisher publisher;

	private final MessageCodec codec;

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final Clock clock;

	private final int batchSize;

	public OutboxPublisher(Timeline timeline, EventPublisher publisher, MessageCodec codec, DatabaseClient db,
			TransactionalOperator tx, Clock clock, TaskProperties properties, Wakeups wakeups) {
		super("Outbox publisher", properties.outbox().interval(), wakeups.outbox());
		this.timeline = timeline;
		this.publisher = publisher;
		this.codec = codec;
		this.db = db;
		this.tx = tx;
		this.clock = clock;
		this.batchSize = properties.outbox().batchSize();
	}

	@Override
	protected Mono<Boolean> runOnce() {
		AtomicReference<Throwable> sendFailure = new AtomicReference<>();
		return Mono.defer(() -> publishBatch(sendFailure))
			.as(this.tx::transactional)
			// what was sent is marked; a failed send fails the pass after the commit, so
			// the loop reports it
			.flatMap((more) -> (sendFailure.get() != null) ? Mono.error(sendFailure.get()) : Mono.just(more));
	}

	private Mono<Boolean> publishBatch(AtomicReference<Throwable> sendFailure) {
		return AdvisoryLocks.tryTransactionLock(this.db, AdvisoryLocks.OUTBOX)
			.flatMap((locked) -> locked ? publishUnpublished(sendFailure) : Mono.just(false));
	}

	private Mono<Boolean> publishUnpublished(AtomicReference<Throwable> sendFailure) {
		return this.timeline.unpublished(this.batchSize)
			.collectList()
			.flatMap((rows) -> Flux.fromIterable(byTask(rows))
				.flatMap((taskRows) -> sendInOrder(taskRows, sendFailure), TASKS_IN_FLIGHT)
				.collectList()
				.flatMap(this::markPublished)
				.thenReturn(rows.size() == this.batchSize && sendFailure.get() == null));
	}

	/**
	 * Sends one task's rows in seq order, stopping at the first failure so no seq
	 * overtakes another.
	 */
	private Flux<OutboxRow> sendInOrder(List<OutboxRow> rows, AtomicReference<Throwable> sendFailure) {
		return Flux.fromIterable(rows).concatMap((row) -> send(row).thenReturn(row)).onErrorResume((ex) -> {
			sendFailure.compareAndSet(null, ex);
			return Flux.empty();
		});
	}

	/** Sends the stored envelope as it is: same event id, same content. */
	private Mono<Void> send(OutboxRow row) {
		Envelope<Message> envelope = this.codec.decode(row.envelope().getBytes(StandardCharsets.UTF_8));
		return KafkaSends.offEventLoop(this.publisher.publish(envelope)).then();
	}

	private Mono<Void> markPublished(List<OutboxRow> sent) {
		List<Long> positions = sent.stream().map(OutboxRow::position).toList();
		// a deleted task's rows are kept until its TaskDeleted, the last one, is out
		List<UUID> deleted = sent.stream().filter(OutboxRow::isDeletion).map(OutboxRow::taskId).toList();
		return this.timeline.markPublished(positions, this.clock.instant()).then(this.timeline.forgetTasks(deleted));
	}

	private static List<List<OutboxRow>> byTask(List<OutboxRow> rows) {
		Map<UUID, List<OutboxRow>> byTask = new LinkedHashMap<>();
		for (OutboxRow row : rows) {
			byTask.computeIfAbsent(row.taskId(), (id) -> new ArrayList<>()).add(row);
		}
		return new ArrayList<>(byTask.values());
	}

}
