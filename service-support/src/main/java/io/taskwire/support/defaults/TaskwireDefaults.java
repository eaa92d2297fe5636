package io.taskwire.support.defaults;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code taskwire-defaults.properties} as the last property source, so every service
 * gets the same Kafka serialisation, size limits, producer safety and actuator settings,
 * and any service (or operator) can still override each of them.
 */
public class TaskwireDefaults implements EnvironmentPostProcessor {

	static final String NAME = "taskwire-defaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource(NAME, new ClassPathResource(NAME + ".properties")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("taskwire-defaults.properties is missing from service-support", ex);
		}
	}

}
