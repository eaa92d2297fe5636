package io.taskwire.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The gateway: the only door into Taskwire. It authenticates callers, validates and
 * accepts tasks (publishing {@code TaskCreated} once they are durably in Kafka), answers
 * queries through task-service and trace-service, and streams each task's timeline as
 * server-sent events from its own consumer of {@code tasks.status}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayServiceApplication.class, args);
	}

}
