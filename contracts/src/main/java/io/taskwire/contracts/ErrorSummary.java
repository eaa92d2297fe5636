package io.taskwire.contracts;

import java.util.Objects;

/**
 * The failure a user may see: its kind and a message. Stack traces never travel here.
 *
 * @param kind the failure kind
 * @param message a short human-readable message
 */
public record ErrorSummary(FailureKind kind, String message) {

	public ErrorSummary {
		Objects.requireNonNull(kind, "kind");
	}

}
