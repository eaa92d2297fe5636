package io.taskwire.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * Static API keys from configuration. Keys are held and looked up by their SHA-256
 * digest, so that the time a lookup takes tells nothing about how much of a guessed key
 * was right, and no key sits in memory in the clear beyond start-up.
 */
public class ApiKeyAuthenticator implements Authenticator {

	private final Map<String, Caller> callersByDigest;

	public ApiKeyAuthenticator(AuthProperties properties) {
		this.callersByDigest = index(properties);
	}

	@Override
	public Mono<Caller> authenticate(String credential) {
		return Mono.justOrEmpty(this.callersByDigest.get(digest(credential)));
	}

	private static Map<String, Caller> index(AuthProperties properties) {
		Map<String, Caller> callers = new HashMap<>();
		for (AuthProperties.ApiKey apiKey : properties.apiKeys()) {
			if (apiKey.key() == null || apiKey.key().isBlank() || apiKey.user() == null || apiKey.user().isBlank()) {
				throw new IllegalStateException("Every taskwire.gateway.auth.api-keys entry needs a key and a user");
			}
			CallerLimits limits = (apiKey.concurrencyLimit() != null) ? new CallerLimits(apiKey.concurrencyLimit())
					: properties.defaults();
			Caller previous = callers.put(digest(apiKey.key()), new Caller(apiKey.user(), apiKey.roles(), limits));
			if (previous != null) {
				throw new IllegalStateException("Two taskwire.gateway.auth.api-keys entries have the same key (users "
						+ previous.userId() + " and " + apiKey.user() + ")");
			}
		}
		return Map.copyOf(callers);
	}

	private static String digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
