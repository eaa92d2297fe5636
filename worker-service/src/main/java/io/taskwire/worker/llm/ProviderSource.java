package io.taskwire.worker.llm;

import java.util.List;

/**
 * Providers that are not beans of their own, such as those configured by name under
 * {@code taskwire.worker.providers}.
 */
public interface ProviderSource {

	/**
	 * The providers.
	 * @return the providers
	 */
	List<LlmProvider> providers();

}
