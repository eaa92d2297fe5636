package io.taskwire.worker.tasktype;

import java.time.Instant;
import java.util.Objects;

import io.taskwire.contracts.FailureKind;

/**
 * A classified failure a handler ends an attempt with: it travels as {@code TaskFailed}
 * with its kind, message, detail and retryability. Retryability is decided here, where
 * the error is known; by default it follows the kind.
 */
public class TaskFailure extends RuntimeException {

	private final FailureKind kind;

	private final boolean retryable;

	private final Instant retryNotBefore;

	private final String detail;

	public TaskFailure(FailureKind kind, String message) {
		this(kind, message, kind.retryableByDefault(), null, null, null);
	}

	/**
	 * A failure with every detail.
	 * @param kind what kind of failure
	 * @param message a short message users may see
	 * @param retryable whether another attempt could succeed
	 * @param retryNotBefore the earliest next attempt, or {@code null}
	 * @param detail more for admins (such as a provider's answer), or {@code null}
	 * @param cause the cause, or {@code null}
	 */
	public TaskFailure(FailureKind kind, String message, boolean retryable, Instant retryNotBefore, String detail,
			Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.retryable = retryable;
		this.retryNotBefore = retryNotBefore;
		this.detail = detail;
	}

	public static TaskFailure invalidRequest(String message) {
		return new TaskFailure(FailureKind.INVALID_REQUEST, message);
	}

	public FailureKind kind() {
		return this.kind;
	}

	public boolean retryable() {
		return this.retryable;
	}

	public Instant retryNotBefore() {
		return this.retryNotBefore;
	}

	public String detail() {
		return this.detail;
	}

}
