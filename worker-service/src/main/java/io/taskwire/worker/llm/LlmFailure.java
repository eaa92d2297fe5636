package io.taskwire.worker.llm;

import java.time.Instant;
import java.util.Objects;

import io.taskwire.contracts.FailureKind;

/**
 * A classified failure of an LLM call, decided where the error is created: a 429 is
 * {@link FailureKind#RATE_LIMITED} and retryable after its reset time, a 400 is
 * {@link FailureKind#INVALID_REQUEST} and not retryable. It ends the attempt with that
 * kind unless the handler handles it.
 */
public class LlmFailure extends RuntimeException {

	private final FailureKind kind;

	private final boolean retryable;

	private final Instant retryNotBefore;

	public LlmFailure(FailureKind kind, String message) {
		this(kind, message, kind.retryableByDefault(), null, null);
	}

	public LlmFailure(FailureKind kind, String message, boolean retryable, Instant retryNotBefore, Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.retryable = retryable;
		this.retryNotBefore = retryNotBefore;
	}

	public static LlmFailure invalidRequest(String message) {
		return new LlmFailure(FailureKind.INVALID_REQUEST, message);
	}

	public FailureKind kind() {
		return this.kind;
	}

	public boolean retryable() {
		return this.retryable;
	}

	/**
	 * The earliest time another attempt should run, such as a 429's reset time.
	 * @return the time, or {@code null}
	 */
	public Instant retryNotBefore() {
		return this.retryNotBefore;
	}

}
