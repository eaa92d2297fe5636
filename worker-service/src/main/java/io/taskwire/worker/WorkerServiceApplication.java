package io.taskwire.worker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The worker: takes dispatched attempts from {@code tasks.dispatch}, runs them with the
 * handler of their task type, and reports what happened on {@code tasks.worker-events}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkerServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(WorkerServiceApplication.class, args);
	}

}
