package io.taskwire.support.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The internal HTTP API between services.
 *
 * @param serviceToken the bearer token every call under {@code /internal/} must carry;
 * without one configured, every internal call is refused
 */
@ConfigurationProperties("taskwire.internal")
public record InternalApiProperties(String serviceToken) {

}
