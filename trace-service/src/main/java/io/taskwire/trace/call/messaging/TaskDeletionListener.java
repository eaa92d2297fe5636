package io.taskwire.trace.call.messaging;

import java.time.Duration;
import java.util.List;

import io.taskwire.trace.call.TraceProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code tasks.status} in batches for its {@code TaskDeleted} records, waiting
 * on the container thread until the deletions are committed (see
 * {@link LlmCallListener}).
 */
@Component
class TaskDeletionListener {

	private static final Logger logger = LoggerFactory.getLogger(TaskDeletionListener.class);

	private final TaskDeletions deletions;

	private final Duration timeout;

	TaskDeletionListener(TaskDeletions deletions, TraceProperties properties) {
		this.deletions = deletions;
		this.timeout = properties.batchTimeout();
	}

	@KafkaListener(id = "trace-task-deletions", idIsGroup = false,
			topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).TASKS_STATUS)}", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		try {
			this.deletions.apply(records).block(this.timeout);
		}
		catch (RuntimeException ex) {
			// the error handler retries the batch; say why, once per attempt
			logger.warn("Applying {} status records failed, will retry: {}", records.size(), ex.toString());
			throw ex;
		}
	}

}
