package io.taskwire.task;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * task-service: the single owner of every task's state. It records tasks from
 * {@code tasks.commands}, dispatches them to workers, applies their events, and publishes
 * every task's timeline on {@code tasks.status}.
 */
@SpringBootApplication
@EnableConfigurationProperties(TaskProperties.class)
public class TaskServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TaskServiceApplication.class, args);
	}

}
