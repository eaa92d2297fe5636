package io.taskwire.worker.tasktype;

import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the LLM task types put in every result: which provider and model answered (a
 * fallback shows here), and the tokens the attempt spent.
 */
public final class LlmResults {

	private LlmResults() {
	}

	/**
	 * Adds {@code provider}, {@code model} and {@code usage} to a result.
	 * @param result the result
	 * @param answered the answer that counts
	 * @param usage the tokens spent
	 * @return the result
	 */
	public static ObjectNode addAnsweredBy(ObjectNode result, LlmResponse answered, Usage usage) {
		if (answered != null) {
			if (answered.provider() != null) {
				result.put("provider", answered.provider());
			}
			result.put("model", answered.model());
		}
		result.putObject("usage")
			.put("inputTokens", usage.inputTokens())
			.put("outputTokens", usage.outputTokens())
			.put("totalTokens", usage.totalTokens());
		return result;
	}

	public static Usage add(Usage a, Usage b) {
		return Usage.of(a.inputTokens() + b.inputTokens(), a.outputTokens() + b.outputTokens());
	}

}
