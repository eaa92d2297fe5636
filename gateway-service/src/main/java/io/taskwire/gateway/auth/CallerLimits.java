package io.taskwire.gateway.auth;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-user limits, from the credential or the configured defaults.
 *
 * @param concurrencyLimit how many attempts of this user may run at once; stamped into
 * every {@code TaskCreated}, enforced by task-service's dispatcher
 */
public record CallerLimits(@DefaultValue("4") int concurrencyLimit) {

	public CallerLimits {
		if (concurrencyLimit < 1) {
			throw new IllegalArgumentException("concurrencyLimit must be positive, was " + concurrencyLimit);
		}
	}

}
