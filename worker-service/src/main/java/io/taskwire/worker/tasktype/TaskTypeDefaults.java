package io.taskwire.worker.tasktype;

/**
 * Defaults of a task type, stamped into tasks whose requests leave them out.
 *
 * @param timeoutSeconds the longest one attempt may run (1 s to 7 days)
 * @param maxAttempts how many attempts a failing task gets (1 to 20)
 */
public record TaskTypeDefaults(int timeoutSeconds, int maxAttempts) {

	private static final int SEVEN_DAYS = 7 * 24 * 3600;

	public TaskTypeDefaults {
		if (timeoutSeconds < 1 || timeoutSeconds > SEVEN_DAYS) {
			throw new IllegalArgumentException("timeoutSeconds must be within 1.." + SEVEN_DAYS);
		}
		if (maxAttempts < 1 || maxAttempts > 20) {
			throw new IllegalArgumentException("maxAttempts must be within 1..20");
		}
	}

}
