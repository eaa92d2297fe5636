package io.taskwire.gateway.auth;

import reactor.core.publisher.Mono;

/**
 * Verifies one kind of bearer credential. Several can be on at once (API keys, JWTs); the
 * first that recognises a credential decides.
 */
public interface Authenticator {

	/**
	 * Verifies a bearer credential.
	 * @param credential the token after {@code Bearer }
	 * @return the caller; empty when this authenticator does not recognise the
	 * credential; an {@link Unauthorized} error when it recognises it but it is not valid
	 * (expired, bad signature)
	 */
	Mono<Caller> authenticate(String credential);

}
