package io.taskwire.worker.llm;

import reactor.core.publisher.Mono;

/**
 * LLM calls as a handler makes them: on the provider and model its task asked for, each
 * one recorded as {@code LlmCallRecorded} (redacted) before its answer is returned.
 */
public interface LlmCalls {

	/**
	 * Asks the task's provider.
	 * @param step which step of the handler calls, such as {@code chat} or {@code day-2}
	 * @param promptVersion the version of the handler's prompt template
	 * @param request the request
	 * @return the answer, once its record is on {@code llm.calls}; or an
	 * {@link LlmFailure}, also recorded
	 */
	Mono<LlmResponse> complete(String step, String promptVersion, LlmRequest request);

}
