package io.taskwire.gateway.auth;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the gateway.
 *
 * @param apiKeys static API keys, each standing for one user
 * @param defaults limits of a user whose credential names none
 */
@ConfigurationProperties("taskwire.gateway.auth")
public record AuthProperties(@DefaultValue List<ApiKey> apiKeys, @DefaultValue CallerLimits defaults) {

	/**
	 * One API key.
	 *
	 * @param key the secret the caller sends as {@code Authorization: Bearer <key>}
	 * @param user the user id it stands for
	 * @param roles the user's roles; {@code user} when none are given
	 * @param concurrencyLimit the user's concurrency limit, or {@code null} for the
	 * default
	 */
	public record ApiKey(String key, String user, Set<Role> roles, Integer concurrencyLimit) {

		public ApiKey {
			roles = (roles == null || roles.isEmpty()) ? Set.of(Role.USER) : Set.copyOf(roles);
		}

	}

}
