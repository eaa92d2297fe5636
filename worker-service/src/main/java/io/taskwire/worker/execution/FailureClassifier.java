package io.taskwire.worker.execution;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.SecretRedactor;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.tasktype.TaskFailure;

import org.springframework.stereotype.Component;

/**
 * Turns whatever ended an attempt into a {@link Failure}: classified failures keep the
 * kind and retryability decided where they were raised; the attempt time limit is
 * {@code attempt_timed_out}, not retryable; anything else is a retryable
 * {@code handler_error} with its stack trace as detail. Messages and details are
 * redacted, since handlers may echo secrets from their input.
 */
@Component
class FailureClassifier {

	static final int MAX_MESSAGE_LENGTH = 1_000;

	static final int MAX_DETAIL_LENGTH = 16_000;

	private final SecretRedactor redactor;

	FailureClassifier(SecretRedactor redactor) {
		this.redactor = redactor;
	}

	Failure classify(Throwable error) {
		if (error instanceof TaskFailure failure) {
			return failure(failure.kind(), failure.getMessage(), failure.detail(), failure.retryable(), failure);
		}
		if (error instanceof LlmFailure failure) {
			return failure(failure.kind(), failure.getMessage(), null, failure.retryable(), failure);
		}
		if (error instanceof AttemptTimedOut) {
			return failure(FailureKind.ATTEMPT_TIMED_OUT, error.getMessage(), null, false, null);
		}
		String message = error.getClass().getSimpleName()
				+ ((error.getMessage() != null) ? ": " + error.getMessage() : "");
		return failure(FailureKind.HANDLER_ERROR, message, stackTrace(error), true, null);
	}

	private Failure failure(FailureKind kind, String message, String detail, boolean retryable, Throwable source) {
		return new Failure(kind, clean(message, MAX_MESSAGE_LENGTH), clean(detail, MAX_DETAIL_LENGTH), retryable,
				retryNotBefore(source));
	}

	private static Instant retryNotBefore(Throwable source) {
		if (source instanceof TaskFailure failure) {
			return failure.retryNotBefore();
		}
		return (source instanceof LlmFailure failure) ? failure.retryNotBefore() : null;
	}

	private String clean(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		String redacted = this.redactor.redact(text).text();
		return (redacted.length() <= maxLength) ? redacted : redacted.substring(0, maxLength) + "…";
	}

	private static String stackTrace(Throwable error) {
		StringWriter trace = new StringWriter();
		error.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

}
