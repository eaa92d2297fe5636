package io.taskwire.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why an attempt failed, decided where the error is created. On the wire a snake_case
 * string.
 */
public enum FailureKind {

	/** The worker running the attempt stopped sending heartbeats. */
	WORKER_LOST(true),
	/** The provider said to slow down (HTTP 429); retried after its reset time. */
	RATE_LIMITED(true),
	/** The provider failed (5xx, connection reset, malformed answer). */
	PROVIDER_ERROR(true),
	/** A call to the provider or a remote job took too long. */
	TIMEOUT(true),
	/** The request can never succeed as sent (bad input, unknown model). */
	INVALID_REQUEST(false),
	/** The prompt does not fit the model's context window. */
	CONTEXT_LENGTH(false),
	/** The provider refused the content. */
	CONTENT_FILTER(false),
	/** The provider rejected the credentials. */
	AUTH(false),
	/** The attempt ran longer than its time limit; the task ends TIMED_OUT. */
	ATTEMPT_TIMED_OUT(false),
	/** The attempt was stopped because the task was cancelled. */
	CANCELLED(false),
	/** The handler threw something it did not classify. */
	HANDLER_ERROR(true);

	private final boolean retryableByDefault;

	FailureKind(boolean retryableByDefault) {
		this.retryableByDefault = retryableByDefault;
	}

	public boolean retryableByDefault() {
		return this.retryableByDefault;
	}

	@JsonValue
	public String wireName() {
		return WireNames.of(this);
	}

	@JsonCreator
	public static FailureKind fromWireName(String wireName) {
		return WireNames.parse(FailureKind.class, wireName);
	}

}
