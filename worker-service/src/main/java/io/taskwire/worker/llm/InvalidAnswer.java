package io.taskwire.worker.llm;

import io.taskwire.contracts.FailureKind;

/**
 * A model answered, but not usefully: no JSON where JSON was asked for, or JSON that
 * breaks the schema even after repairs. It is a {@code provider_error} (a malformed
 * answer) that another attempt would most likely repeat, so it is not retryable; a
 * fallback chain still moves on to the next model.
 */
public class InvalidAnswer extends LlmFailure {

	public InvalidAnswer(String message) {
		super(FailureKind.PROVIDER_ERROR, message, false, null, null);
	}

}
