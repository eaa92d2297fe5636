package io.taskwire.gateway.auth;

import io.taskwire.gateway.problem.ProblemException;
import io.taskwire.gateway.problem.ProblemType;

/**
 * A valid credential without the role the route needs: 403.
 */
public class Forbidden extends ProblemException {

	public Forbidden() {
		super(ProblemType.FORBIDDEN, "This route is for admins.");
	}

}
