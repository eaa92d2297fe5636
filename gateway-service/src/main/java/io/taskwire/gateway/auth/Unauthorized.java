package io.taskwire.gateway.auth;

import io.taskwire.gateway.problem.ProblemException;
import io.taskwire.gateway.problem.ProblemType;

import org.springframework.http.HttpHeaders;

/**
 * The request carries no valid credential: 401 with an RFC 6750
 * {@code WWW-Authenticate: Bearer} challenge.
 */
public class Unauthorized extends ProblemException {

	private static final String REALM = "Bearer realm=\"taskwire\"";

	private Unauthorized(String detail, String challenge) {
		super(ProblemType.UNAUTHORIZED, detail);
		getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
	}

	public static Unauthorized missingCredential() {
		return new Unauthorized("A bearer credential is required.", REALM);
	}

	public static Unauthorized invalidCredential() {
		return new Unauthorized("The bearer credential is not valid.", REALM + ", error=\"invalid_token\"");
	}

}
