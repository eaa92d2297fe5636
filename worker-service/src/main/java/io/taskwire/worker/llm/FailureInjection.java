package io.taskwire.worker.llm;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The {@code simulate} flags of a task's input, {@code {"fail": "rate_limited", "times":
 * 2, "step": "day-2", "retryAfterSeconds": 30}}: the first {@code times} calls (default
 * 1) of each attempt, counting only calls of {@code step} when it is given, carry an
 * {@link InjectedFailure}. Counting is per attempt, so every attempt meets the same
 * failures and tests are deterministic whichever worker runs them. One instance per
 * attempt; thread-safe.
 */
public final class FailureInjection {

	/** Injects nothing. */
	public static final FailureInjection NONE = new FailureInjection(null, 0, null);

	private final InjectedFailure failure;

	private final int times;

	private final String step;

	private final Map<String, Integer> callsByStep = new HashMap<>();

	private int calls;

	private FailureInjection(InjectedFailure failure, int times, String step) {
		this.failure = failure;
		this.times = times;
		this.step = step;
	}

	/**
	 * Reads the flags of an input.
	 * @param input the task's input
	 * @return the injection, {@link #NONE} when the input has no {@code simulate}
	 * @throws LlmFailure of kind {@code invalid_request} when the flags make no sense
	 */
	public static FailureInjection of(JsonNode input) {
		JsonNode simulate = (input != null) ? input.get("simulate") : null;
		if (simulate == null || simulate.isNull()) {
			return NONE;
		}
		if (!simulate.isObject() || !simulate.path("fail").isString()) {
			throw LlmFailure.invalidRequest("'simulate' must be an object with a 'fail' string");
		}
		InjectedFailure.Kind kind;
		try {
			kind = InjectedFailure.Kind.fromWireName(simulate.get("fail").stringValue());
		}
		catch (IllegalArgumentException ex) {
			throw LlmFailure.invalidRequest(ex.getMessage());
		}
		Duration retryAfter = Duration.ofSeconds(simulate.path("retryAfterSeconds").asLong(1));
		String step = simulate.hasNonNull("step") ? simulate.get("step").asString() : null;
		return new FailureInjection(new InjectedFailure(kind, retryAfter), simulate.path("times").asInt(1), step);
	}

	/**
	 * Counts a call and says what it should meet.
	 * @param callStep the step making the call
	 * @return the failure, or {@code null} for none
	 */
	public synchronized InjectedFailure next(String callStep) {
		if (this.failure == null) {
			return null;
		}
		int count;
		if (this.step == null) {
			count = this.calls++;
		}
		else if (this.step.equals(callStep)) {
			count = this.callsByStep.merge(callStep, 1, Integer::sum) - 1;
		}
		else {
			return null;
		}
		return (count < this.times) ? this.failure : null;
	}

}
