package io.taskwire.task.lifecycle.messaging;

import java.time.Duration;
import java.util.List;

import io.taskwire.contracts.command.TaskCommand;
import io.taskwire.task.TaskProperties;
import io.taskwire.task.support.IncomingRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code tasks.commands} in batches, applying each task's commands in order. The
 * container thread waits for the batch to be committed to PostgreSQL, so offsets are
 * committed only after it; a failure (the database is down) is thrown and the batch
 * retried for as long as it lasts.
 */
@Component
class TaskCommandsListener {

	private final IncomingRecords incoming;

	private final TaskCommandHandler handler;

	private final Duration applyTimeout;

	TaskCommandsListener(IncomingRecords incoming, TaskCommandHandler handler, TaskProperties properties) {
		this.incoming = incoming;
		this.handler = handler;
		this.applyTimeout = properties.applyTimeout();
	}

	@KafkaListener(id = "task-commands", topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).TASKS_COMMANDS)}",
			groupId = "#{@topicNames.prefix()}${spring.application.name}.commands", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		this.incoming.accept(records, TaskCommand.class)
			.flatMap((commands) -> this.incoming.applyInOrderPerKey(commands, TaskCommand::taskId, this.handler::apply))
			.block(this.applyTimeout);
	}

}
