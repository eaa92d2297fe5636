package io.taskwire.task.lifecycle.messaging;

import java.time.Duration;
import java.util.List;

import io.taskwire.contracts.worker.WorkerEvent;
import io.taskwire.task.TaskProperties;
import io.taskwire.task.support.IncomingRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code tasks.worker-events} in batches, applying each task's events in order.
 * The container thread waits for the batch to be committed to PostgreSQL, so offsets are
 * committed only after it; a failure (the database is down) is thrown and the batch
 * retried for as long as it lasts.
 */
@Component
class WorkerEventsListener {

	private final IncomingRecords incoming;

	private final WorkerEventHandler handler;

	private final Duration applyTimeout;

	WorkerEventsListener(IncomingRecords incoming, WorkerEventHandler handler, TaskProperties properties) {
		this.incoming = incoming;
		this.handler = handler;
		this.applyTimeout = properties.applyTimeout();
	}

	@KafkaListener(id = "task-worker-events",
			topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).TASKS_WORKER_EVENTS)}",
			groupId = "#{@topicNames.prefix()}${spring.application.name}.worker-events", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		this.incoming.accept(records, WorkerEvent.class)
			.flatMap((events) -> this.incoming.applyInOrderPerKey(events, WorkerEvent::taskId, this.handler::apply))
			.block(this.applyTimeout);
	}

}
