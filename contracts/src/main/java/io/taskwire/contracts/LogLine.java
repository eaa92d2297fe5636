package io.taskwire.contracts;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A line in a task's timeline written by its handler.
 *
 * @param level how important it is
 * @param message what happened
 * @param fields structured context, such as {@code waitedSeconds}
 */
public record LogLine(Level level, String message, Map<String, String> fields) {

	public LogLine {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(message, "message");
		fields = (fields != null) ? Map.copyOf(fields) : Map.of();
	}

	/** Log levels, lower case on the wire. */
	public enum Level {

		DEBUG, INFO, WARN, ERROR;

		@JsonValue
		public String wireName() {
			return WireNames.of(this);
		}

		@JsonCreator
		public static Level fromWireName(String wireName) {
			return WireNames.parse(Level.class, wireName);
		}

	}

}
