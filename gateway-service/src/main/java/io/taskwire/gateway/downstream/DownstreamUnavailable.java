package io.taskwire.gateway.downstream;

import io.taskwire.gateway.problem.ServiceUnavailable;

/**
 * A service behind the gateway did not answer usefully: 503 with {@code Retry-After}. The
 * cause (with the host) is logged, never shown.
 */
public class DownstreamUnavailable extends ServiceUnavailable {

	DownstreamUnavailable(String service, Throwable cause) {
		super("A service this request depends on is unavailable; try again later.",
				(cause != null) ? cause : new IllegalStateException(service + " answered unexpectedly"));
	}

	@Override
	public String getMessage() {
		return "Downstream unavailable: " + getCause();
	}

}
