package io.taskwire.gateway.web;

import io.taskwire.gateway.problem.ProblemException;
import io.taskwire.gateway.problem.ProblemType;

/**
 * A request body over the public cap: 413.
 */
public class PayloadTooLarge extends ProblemException {

	public PayloadTooLarge(long maxBytes) {
		super(ProblemType.PAYLOAD_TOO_LARGE, "The request body may be at most " + maxBytes + " bytes.");
	}

}
