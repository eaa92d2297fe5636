package io.taskwire.worker.execution;

import java.time.Duration;

/**
 * The attempt ran past its time limit and was stopped here.
 */
class AttemptTimedOut extends RuntimeException {

	AttemptTimedOut(Duration limit) {
		super("The attempt ran longer than its time limit of " + limit.toSeconds() + " s");
	}

}
