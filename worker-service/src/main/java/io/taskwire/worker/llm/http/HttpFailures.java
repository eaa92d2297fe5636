package io.taskwire.worker.llm.http;

import java.time.Instant;
import java.util.Locale;

import io.taskwire.contracts.FailureKind;
import io.taskwire.worker.llm.LlmFailure;

/**
 * Classifies a provider's HTTP error answer, where it is created: 429 is
 * {@code rate_limited} and retryable after the reset time; 408 is a retryable
 * {@code timeout}; 409 and 5xx (Anthropic's 529 too) are a retryable
 * {@code provider_error}; 401 and 403 (and Gemini's 400 for a bad key) are {@code auth};
 * a 400 that says the prompt is too long is {@code context_length}, one that says the
 * content was refused is {@code content_filter}; every other 4xx is
 * {@code invalid_request}. Only rate limits, timeouts and provider errors are retryable.
 */
public final class HttpFailures {

	private HttpFailures() {
	}

	/**
	 * The failure an error answer means.
	 * @param status the HTTP status
	 * @param error what the body said
	 * @param message the message for the failure (already free of secrets)
	 * @param retryNotBefore the reset time the provider gave, or {@code null}
	 * @return the failure
	 */
	public static LlmFailure classify(int status, ErrorBody error, String message, Instant retryNotBefore) {
		if (status == 429) {
			// an exhausted quota or billing limit does not reset by waiting a little
			boolean quota = error.mentions("insufficient_quota") || error.mentions("billing");
			return new LlmFailure(FailureKind.RATE_LIMITED, message, !quota, quota ? null : retryNotBefore, null);
		}
		if (status == 408) {
			return failure(FailureKind.TIMEOUT, message);
		}
		if (status >= 500 || status == 409 || status < 400) {
			return failure(FailureKind.PROVIDER_ERROR, message);
		}
		if (status == 401 || status == 403 || isBadKey(error)) {
			return failure(FailureKind.AUTH, message);
		}
		if (isContextLength(error)) {
			return failure(FailureKind.CONTEXT_LENGTH, message);
		}
		if (isContentFilter(error)) {
			return failure(FailureKind.CONTENT_FILTER, message);
		}
		return failure(FailureKind.INVALID_REQUEST, message);
	}

	private static LlmFailure failure(FailureKind kind, String message) {
		return new LlmFailure(kind, message, kind.retryableByDefault(), null, null);
	}

	private static boolean isBadKey(ErrorBody error) {
		return error.mentions("api_key_invalid") || error.mentions("api key not valid")
				|| error.mentions("invalid api key") || error.mentions("invalid_api_key");
	}

	private static boolean isContextLength(ErrorBody error) {
		return error.mentions("context_length_exceeded") || error.mentions("context length")
				|| error.mentions("context window") || error.mentions("prompt is too long")
				|| error.mentions("too many tokens") || error.mentions("exceeds the maximum number of tokens");
	}

	private static boolean isContentFilter(ErrorBody error) {
		return error.mentions("content_filter") || error.mentions("content_policy")
				|| error.mentions("content management policy") || error.mentions("safety");
	}

	/**
	 * What an error body said, in the fields providers use: {@code error.message},
	 * {@code error.code}, {@code error.type}, {@code error.status}.
	 *
	 * @param message the message, or {@code null}
	 * @param code the code, type or status joined, or {@code null}
	 */
	public record ErrorBody(String message, String code) {

		boolean mentions(String text) {
			return contains(this.message, text) || contains(this.code, text);
		}

		private static boolean contains(String haystack, String needle) {
			return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
		}

	}

}
