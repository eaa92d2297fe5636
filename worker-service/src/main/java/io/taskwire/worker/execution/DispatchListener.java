package io.taskwire.worker.execution;

import java.util.ArrayList;
import java.util.List;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.support.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes dispatches from {@code tasks.dispatch}. Instances share one consumer group with
 * static membership ({@code group.instance.id} = the worker id), so partitions stay with
 * a worker across restarts and the dispatcher can route by the partitions heartbeats
 * report.
 * <p>
 * Records of a batch are admitted in order; the listener then waits until each one's
 * {@code TaskStarted}, {@code TaskRejected} or dead letter is published, so offsets are
 * committed only for dispatches that were answered. It never waits for handlers. Records
 * that cannot be read, or are not a {@code TaskDispatched}, go to
 * {@code tasks.dispatch.DLT}.
 */
@Component
class DispatchListener {

	private final MessageCodec codec;

	private final TaskExecutor executor;

	private final DeadLetters deadLetters;

	DispatchListener(MessageCodec codec, TaskExecutor executor, DeadLetters deadLetters) {
		this.codec = codec;
		this.executor = executor;
		this.deadLetters = deadLetters;
	}

	@KafkaListener(id = "taskwire-dispatch",
			topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).TASKS_DISPATCH)}",
			groupId = "#{@consumerGroups.dispatch()}", batch = "true",
			properties = "group.instance.id=#{@workerIdentity.id()}", containerPostProcessor = "dispatchPartitions")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		List<Mono<Void>> answers = new ArrayList<>(records.size());
		for (ConsumerRecord<String, byte[]> record : records) {
			answers.add(answer(record));
		}
		Mono.when(answers).block();
	}

	private Mono<Void> answer(ConsumerRecord<String, byte[]> record) {
		Envelope<Message> envelope;
		try {
			envelope = this.codec.decode(record.value());
		}
		catch (InvalidMessage ex) {
			return this.deadLetters.send(record, ex.getMessage());
		}
		if (!(envelope.payload() instanceof TaskDispatched dispatch)) {
			return this.deadLetters.send(record, "A " + envelope.type() + " does not belong on tasks.dispatch");
		}
		return this.executor.admit(dispatch, envelope.traceparent());
	}

}
