package io.taskwire.gateway.task;

import java.time.Clock;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.gateway.downstream.TaskServiceClient;
import io.taskwire.gateway.tasktype.TaskTypeRegistry;
import io.taskwire.support.kafka.EventPublisher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Accepting and finding tasks.
 */
@Configuration(proxyBeanMethods = false)
class TaskConfiguration {

	@Bean
	AcceptedTasks acceptedTasks(DatabaseClient db, MessageCodec codec) {
		return new AcceptedTasks(db, codec);
	}

	@Bean
	TaskRequestReader taskRequestReader(Clock clock) {
		return new TaskRequestReader(clock);
	}

	@Bean
	TaskSubmission taskSubmission(TaskTypeRegistry taskTypes, AcceptedTasks acceptedTasks, EventPublisher publisher,
			TaskProperties properties, Clock clock) {
		return new TaskSubmission(taskTypes, acceptedTasks, publisher, properties, clock);
	}

	@Bean
	TaskLookup taskLookup(TaskServiceClient taskService, AcceptedTasks acceptedTasks) {
		return new TaskLookup(taskService, acceptedTasks);
	}

	@Bean
	AcceptedTaskSweeper acceptedTaskSweeper(AcceptedTasks acceptedTasks, TaskProperties properties, Clock clock) {
		return new AcceptedTaskSweeper(acceptedTasks, properties, clock);
	}

}
