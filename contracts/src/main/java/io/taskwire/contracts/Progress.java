package io.taskwire.contracts;

/**
 * How far an attempt has come.
 *
 * @param percent 0 to 100, or {@code null} when the handler cannot tell
 * @param message what it is doing, for people
 */
public record Progress(Integer percent, String message) {

	public Progress {
		if (percent != null && (percent < 0 || percent > 100)) {
			throw new IllegalArgumentException("percent must be within 0..100, was " + percent);
		}
	}

}
