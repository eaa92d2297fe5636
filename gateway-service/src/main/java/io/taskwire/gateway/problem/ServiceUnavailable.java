package io.taskwire.gateway.problem;

/**
 * Something the request needs (the broker, the database, a service behind the gateway)
 * cannot be reached now. Answered as 503 with {@code Retry-After}; the detail names no
 * host and the cause is only logged.
 */
public class ServiceUnavailable extends ProblemException {

	public ServiceUnavailable(String detail, Throwable cause) {
		super(ProblemType.SERVICE_UNAVAILABLE, detail, cause);
	}

}
