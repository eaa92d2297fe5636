package io.taskwire.task.worker;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import io.taskwire.support.kafka.TaskwireKafkaProperties;
import io.taskwire.task.TaskProperties;
import io.taskwire.task.support.IncomingRecords;
import io.taskwire.task.support.Received;
import io.taskwire.task.support.Wakeups;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code workers.heartbeats} in batches: only each worker's latest heartbeat in
 * a batch matters, and it replaces what was known of the worker. A heartbeat may bring
 * free slots, so the dispatcher is woken. A heartbeat with negative slots, or naming a
 * dispatch partition that does not exist, is invalid: dispatching by it could only fail.
 */
@Component
class HeartbeatListener {

	private final IncomingRecords incoming;

	private final Workers workers;

	private final Wakeups wakeups;

	private final Clock clock;

	private final Duration applyTimeout;

	private final int dispatchPartitions;

	HeartbeatListener(IncomingRecords incoming, Workers workers, Wakeups wakeups, Clock clock,
			TaskProperties properties, TaskwireKafkaProperties kafkaProperties) {
		this.incoming = incoming;
		this.workers = workers;
		this.wakeups = wakeups;
		this.clock = clock;
		this.applyTimeout = properties.applyTimeout();
		this.dispatchPartitions = kafkaProperties.partitions();
	}

	@KafkaListener(id = "task-heartbeats",
			topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).WORKERS_HEARTBEATS)}",
			groupId = "#{@topicNames.prefix()}${spring.application.name}.heartbeats", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		this.incoming.accept(records, WorkerHeartbeat.class, this::problemOf)
			.map(HeartbeatListener::latestPerWorker)
			.flatMap((latest) -> this.incoming.applyInOrderPerKey(latest, WorkerHeartbeat::workerId, this::apply))
			.doOnSuccess((done) -> this.wakeups.dispatcher().wake())
			.block(this.applyTimeout);
	}

	private Mono<Void> apply(Envelope<WorkerHeartbeat> heartbeat) {
		return this.workers.beat(heartbeat.payload(), this.clock.instant());
	}

	private static List<Received<WorkerHeartbeat>> latestPerWorker(List<Received<WorkerHeartbeat>> heartbeats) {
		return IncomingRecords.groupBy(heartbeats, WorkerHeartbeat::workerId)
			.values()
			.stream()
			.map((beats) -> beats.get(beats.size() - 1))
			.toList();
	}

	private String problemOf(WorkerHeartbeat heartbeat) {
		if (heartbeat.freeSlots().values().stream().anyMatch((slots) -> slots == null || slots < 0)) {
			return "free slots must be 0 or more";
		}
		if (heartbeat.partitions().stream().anyMatch((p) -> p == null || p < 0 || p >= this.dispatchPartitions)) {
			return "partitions must be within 0.." + (this.dispatchPartitions - 1);
		}
		return null;
	}

}
