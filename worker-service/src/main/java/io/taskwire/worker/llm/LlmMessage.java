package io.taskwire.worker.llm;

import java.util.Locale;
import java.util.Objects;

/**
 * One message of a conversation with a model.
 *
 * @param role who says it
 * @param content what is said
 */
public record LlmMessage(Role role, String content) {

	public LlmMessage {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(content, "content");
	}

	public static LlmMessage system(String content) {
		return new LlmMessage(Role.SYSTEM, content);
	}

	public static LlmMessage user(String content) {
		return new LlmMessage(Role.USER, content);
	}

	/** Who says a message; lower case on the wire. */
	public enum Role {

		SYSTEM, USER, ASSISTANT;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * The role with the given wire name.
		 * @param wireName {@code system}, {@code user} or {@code assistant}
		 * @return the role
		 */
		public static Role fromWireName(String wireName) {
			return valueOf(wireName.toUpperCase(Locale.ROOT));
		}

	}

}
