package io.taskwire.worker.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A failure the simulated provider produces instead of its answer, so retries, repairs
 * and fallbacks can be tried offline. Real providers ignore it.
 *
 * @param kind what goes wrong
 * @param retryAfter for {@link Kind#RATE_LIMITED}: how long the provider says to wait
 */
public record InjectedFailure(Kind kind, Duration retryAfter) {

	public InjectedFailure {
		Objects.requireNonNull(kind, "kind");
		retryAfter = (retryAfter != null) ? retryAfter : Duration.ofSeconds(1);
	}

	/** What the simulated provider does; snake_case in task inputs. */
	public enum Kind {

		/** A 429 with a reset time {@code retryAfter} from now. */
		RATE_LIMITED,
		/** A 5xx. */
		SERVER_ERROR,
		/** No answer until the simulated call timeout, then a timeout. */
		TIMEOUT,
		/** An answer that is not JSON. */
		INVALID_JSON,
		/** JSON that breaks the requested schema. */
		SCHEMA_VIOLATION,
		/** The prompt does not fit the context window. */
		CONTEXT_LENGTH,
		/** The content was refused. */
		CONTENT_FILTER,
		/** The key was rejected. */
		AUTH,
		/** A 400. */
		INVALID_REQUEST;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * The kind with this wire name.
		 * @param wireName such as {@code rate_limited}
		 * @return the kind
		 * @throws IllegalArgumentException when there is none
		 */
		public static Kind fromWireName(String wireName) {
			for (Kind kind : values()) {
				if (kind.wireName().equals(wireName)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("Unknown simulated failure '" + wireName + "'");
		}

	}

}
