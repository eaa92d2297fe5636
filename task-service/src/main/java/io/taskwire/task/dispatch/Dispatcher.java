package io.taskwire.task.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.task.TaskProperties;
import io.taskwire.task.dispatch.DispatchPlan.Assignment;
import io.taskwire.task.lifecycle.Outcome;
import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.lifecycle.TaskDecisions;
import io.taskwire.task.lifecycle.TaskRecorder;
import io.taskwire.task.lifecycle.Tasks;
import io.taskwire.task.support.AdvisoryLocks;
import io.taskwire.task.support.KafkaSends;
import io.taskwire.task.support.PollingLoop;
import io.taskwire.task.support.Wakeups;
import io.taskwire.task.worker.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Hands queued tasks to workers. One pass, in one transaction under an advisory lock (so
 * one dispatcher at a time across replicas keeps every user's limit exact): queue the
 * tasks whose retry backoff is over, claim queued tasks with
 * {@code FOR UPDATE SKIP LOCKED}, mark each DISPATCHED with a new attempt and a lease.
 * After the commit each {@code TaskDispatched} goes to a partition of its worker; if that
 * send is lost, the lease runs out and the task is queued again.
 */
@Component
public class Dispatcher extends PollingLoop {

	private static final Logger logger = LoggerFactory.getLogger(Dispatcher.class);

	private final DatabaseClient db;

	private final TransactionalOperator tx;

	private final Tasks tasks;

	private final Workers workers;

	private final DispatchQueries queries;

	private final TaskDecisions decisions;

	private final TaskRecorder recorder;

	private final EventPublisher publisher;

	private final Wakeups wakeups;

	private final Clock clock;

	private final Duration workerTimeout;

	private final int batchSize;

	Dispatcher(DatabaseClient db, TransactionalOperator tx, Tasks tasks, Workers workers, DispatchQueries queries,
			TaskDecisions decisions, TaskRecorder recorder, EventPublisher publisher, Wakeups wakeups, Clock clock,
			TaskProperties properties) {
		super("Dispatcher", properties.dispatch().interval(), wakeups.dispatcher());
		this.db = db;
		this.tx = tx;
		this.tasks = tasks;
		this.workers = workers;
		this.queries = queries;
		this.decisions = decisions;
		this.recorder = recorder;
		this.publisher = publisher;
		this.wakeups = wakeups;
		this.clock = clock;
		this.workerTimeout = properties.workerTimeout();
		this.batchSize = properties.dispatch().batchSize();
	}

	@Override
	protected Mono<Boolean> runOnce() {
		return Mono.defer(() -> claim(this.clock.instant())).as(this.tx::transactional).flatMap(this::afterCommit);
	}

	private Mono<Boolean> afterCommit(Claim claim) {
		if (claim.changedTasks()) {
			this.wakeups.outbox().wake();
		}
		return send(claim.dispatches()).thenReturn(claim.more());
	}

	private Mono<Claim> claim(Instant now) {
		return AdvisoryLocks.tryTransactionLock(this.db, AdvisoryLocks.DISPATCHER)
			.flatMap((locked) -> locked ? claimHoldingTheLock(now) : Mono.just(Claim.NONE));
	}

	private Mono<Claim> claimHoldingTheLock(Instant now) {
		return queueDueRetries(now).flatMap((requeued) -> dispatchQueued(now)
			.map((claim) -> claim.withRequeued(requeued, requeued == this.batchSize)));
	}

	private Mono<Long> queueDueRetries(Instant now) {
		return this.tasks.lockDueRetries(now, this.batchSize)
			.concatMap((task) -> this.recorder.record(this.decisions.retryDue(task, now), null))
			.count();
	}

	private Mono<Claim> dispatchQueued(Instant now) {
		return this.workers.live(now.minus(this.workerTimeout))
			.collectList()
			.filter((live) -> !live.isEmpty())
			.zipWhen((live) -> this.queries.liveAttempts().collectList())
			.flatMap((state) -> dispatchTo(WorkerCapacity.of(state.getT1(), state.getT2()), state.getT2(), now))
			.defaultIfEmpty(Claim.NONE);
	}

	private Mono<Claim> dispatchTo(WorkerCapacity capacity, List<LiveAttempt> liveAttempts, Instant now) {
		return candidates(capacity.freeByType()).flatMap((candidates) -> lockInOrder(candidates)
			.map((claimed) -> DispatchPlan.plan(claimed, liveAttempts, capacity))
			.flatMap((plan) -> record(plan, now))
			.map((dispatches) -> new Claim(dispatches, 0, candidates.full() && !dispatches.isEmpty())));
	}

	private Mono<Candidates> candidates(Map<String, Integer> freeByType) {
		List<Mono<Candidates>> perType = new ArrayList<>();
		freeByType.forEach((type, free) -> {
			int limit = Math.min(free, this.batchSize);
			perType.add(this.queries.candidates(type, limit)
				.collectList()
				.map((found) -> new Candidates(found, found.size() == limit)));
		});
		return Flux.concat(perType).reduce(Candidates.NONE, Candidates::and);
	}

	private Mono<List<Task>> lockInOrder(Candidates candidates) {
		List<Candidate> ordered = candidates.found().stream().sorted(Candidate.DISPATCH_ORDER).toList();
		List<UUID> ids = ordered.stream().map(Candidate::id).toList();
		return this.tasks.lockQueued(ids)
			.collectMap(Task::id, Function.identity())
			.map((locked) -> ids.stream().filter(locked::containsKey).map(locked::get).collect(Collectors.toList()));
	}

	private Mono<List<Dispatch>> record(List<Assignment> plan, Instant now) {
		return Flux.fromIterable(plan).concatMap((assignment) -> {
			Outcome.Moved moved = this.decisions.dispatch(assignment.task(), assignment.worker().id(), now);
			return this.recorder.record(moved, null)
				.thenReturn(new Dispatch(dispatched(moved.after()), partitionOf(assignment)));
		}).collectList();
	}

	private Envelope<TaskDispatched> dispatched(Task task) {
		TaskDispatched dispatched = new TaskDispatched(task.id(), task.attempt(), task.owner(), task.type(),
				task.spec().input(), task.spec().options(), task.spec().timeoutSeconds(), task.spec().deadline(),
				task.checkpoint(), task.workerId());
		return Envelope.of(dispatched, Traceparent.childOf(task.spec().traceparent()), this.clock);
	}

	/** One of the partitions the worker reads, spread by task id. */
	private static int partitionOf(Assignment assignment) {
		List<Integer> partitions = assignment.worker().partitions();
		return partitions.get(Math.floorMod(assignment.task().id().hashCode(), partitions.size()));
	}

	private Mono<Void> send(List<Dispatch> dispatches) {
		if (dispatches.isEmpty()) {
			return Mono.empty();
		}
		return Flux.fromIterable(dispatches)
			.flatMap((dispatch) -> KafkaSends
				.offEventLoop(this.publisher.publish(dispatch.envelope(), dispatch.partition()))
				.onErrorResume((ex) -> {
					TaskDispatched payload = dispatch.envelope().payload();
					logger.warn("Could not send attempt {} of task {}; its lease will run out: {}", payload.attempt(),
							payload.taskId(), ex.toString());
					return Mono.empty();
				}))
			.then();
	}

	/** A committed dispatch and the partition of its worker it goes to. */
	private record Dispatch(Envelope<TaskDispatched> envelope, int partition) {

	}

	/** The candidates of one pass, and whether any type had more than it could take. */
	private record Candidates(List<Candidate> found, boolean full) {

		static final Candidates NONE = new Candidates(List.of(), false);

		Candidates and(Candidates other) {
			List<Candidate> all = new ArrayList<>(this.found);
			all.addAll(other.found);
			return new Candidates(all, this.full || other.full);
		}

	}

	/** What one pass changed, and whether more work may be waiting now. */
	private record Claim(List<Dispatch> dispatches, long requeued, boolean more) {

		static final Claim NONE = new Claim(List.of(), 0, false);

		Claim withRequeued(long requeued, boolean moreDue) {
			return new Claim(this.dispatches, requeued, this.more || moreDue);
		}

		boolean changedTasks() {
			return !this.dispatches.isEmpty() || this.requeued > 0;
		}

	}

}
