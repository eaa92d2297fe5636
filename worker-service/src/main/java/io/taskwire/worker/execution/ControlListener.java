package io.taskwire.worker.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.worker.WorkerIdentity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Reads every partition of {@code tasks.control} (a consumer group of its own), from the
 * orders written shortly before this instance started, and acts on the
 * {@code CancelAttempt}s that name this worker. Records keyed for other workers are
 * skipped before parsing; a malformed record keyed for this one goes to
 * {@code tasks.control.DLT} (only the worker it names sends it there, so it is there
 * once).
 */
@Component
class ControlListener implements ConsumerSeekAware {

	/**
	 * How far before its start an instance reads orders. An order a little older than the
	 * instance may be about a dispatch still waiting for it on {@code tasks.dispatch};
	 * much older ones are about attempts whose leases task-service has long given up on.
	 * The margin also absorbs clock skew between producers and this host.
	 */
	static final Duration LOOKBACK = Duration.ofMinutes(1);

	private final MessageCodec codec;

	private final TaskExecutor executor;

	private final String workerId;

	private final Instant readFrom;

	ControlListener(MessageCodec codec, TaskExecutor executor, WorkerIdentity identity, Clock clock) {
		this.codec = codec;
		this.executor = executor;
		this.workerId = identity.id();
		this.readFrom = clock.instant().minus(LOOKBACK);
	}

	@KafkaListener(id = "taskwire-control", topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).TASKS_CONTROL)}",
			groupId = "#{@consumerGroups.control()}")
	void on(ConsumerRecord<String, byte[]> record) {
		if (!this.workerId.equals(record.key())) {
			return;
		}
		Envelope<Message> envelope = this.codec.decode(record.value());
		if (!(envelope.payload() instanceof CancelAttempt order)) {
			throw new InvalidMessage("A " + envelope.type() + " does not belong on tasks.control");
		}
		if (this.workerId.equals(order.workerId())) {
			this.executor.cancel(order);
		}
	}

	/**
	 * Positions by time rather than at the end, so an order written after start-up is
	 * read however late the partitions are assigned.
	 */
	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		callback.seekToTimestamp(assignments.keySet(), this.readFrom.toEpochMilli());
	}

}
