package io.taskwire.gateway.problem;

/**
 * One reason a request is invalid.
 *
 * @param pointer JSON pointer (RFC 6901) of the offending value in the request body, such
 * as {@code /priority} or {@code /input/prompt}
 * @param code a stable, machine-readable reason: {@code unknown-field}, {@code required},
 * {@code wrong-type}, {@code out-of-range}, {@code too-long}, {@code schema}
 * @param message what is wrong, for people
 */
public record Violation(String pointer, String code, String message) {

	public static Violation unknownField(String pointer) {
		return new Violation(pointer, "unknown-field", "is not a field of this request");
	}

	public static Violation required(String pointer) {
		return new Violation(pointer, "required", "is required");
	}

	public static Violation wrongType(String pointer, String expected) {
		return new Violation(pointer, "wrong-type", "must be " + expected);
	}

	public static Violation outOfRange(String pointer, long min, long max) {
		return new Violation(pointer, "out-of-range", "must be between " + min + " and " + max);
	}

	public static Violation tooLong(String pointer, int max) {
		return new Violation(pointer, "too-long", "must be at most " + max + " characters");
	}

}
