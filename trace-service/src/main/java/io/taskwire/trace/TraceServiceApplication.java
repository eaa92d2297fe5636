package io.taskwire.trace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * trace-service: stores every LLM call workers report on {@code llm.calls} and serves
 * them to the gateway over internal HTTP.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TraceServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(TraceServiceApplication.class, args);
	}

}
