package io.taskwire.support.internal;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Guards {@code /internal/} with the service token in every reactive web service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(InternalApiProperties.class)
public class InternalApiAutoConfiguration {

	@Bean
	ServiceTokenFilter serviceTokenFilter(InternalApiProperties properties) {
		return new ServiceTokenFilter(properties.serviceToken());
	}

}
