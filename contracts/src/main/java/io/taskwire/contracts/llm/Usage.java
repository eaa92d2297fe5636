package io.taskwire.contracts.llm;

/**
 * Tokens a call used.
 *
 * @param inputTokens prompt tokens
 * @param outputTokens completion tokens
 * @param totalTokens both together
 */
public record Usage(long inputTokens, long outputTokens, long totalTokens) {

	public static Usage of(long inputTokens, long outputTokens) {
		return new Usage(inputTokens, outputTokens, inputTokens + outputTokens);
	}

}
