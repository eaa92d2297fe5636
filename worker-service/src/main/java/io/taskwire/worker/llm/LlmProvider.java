package io.taskwire.worker.llm;

import reactor.core.publisher.Mono;

/**
 * The port every LLM provider adapter implements. Calls must be non-blocking: a worker
 * holds thousands of them in flight, so an adapter never parks a thread while it waits.
 * An adapter classifies its errors as {@link LlmFailure}; cancelling the returned
 * {@link Mono} must abandon the call (and close its connection).
 */
public interface LlmProvider {

	/**
	 * The name tasks choose the provider by, in {@code options.provider}.
	 * @return the name, such as {@code simulated}
	 */
	String name();

	/**
	 * The model used when neither the handler nor the task names one.
	 * @return the default model
	 */
	String defaultModel();

	/**
	 * Asks the model.
	 * @param request the request; its model is already resolved
	 * @param progress where the adapter reports tokens and text as it learns them, so a
	 * stopped call can be recorded with what it spent
	 * @return the answer, or an {@link LlmFailure}
	 */
	Mono<LlmResponse> complete(LlmRequest request, CallProgress progress);

	/**
	 * Asks the model, without reporting progress.
	 * @param request the request; its model is already resolved
	 * @return the answer, or an {@link LlmFailure}
	 */
	default Mono<LlmResponse> complete(LlmRequest request) {
		return complete(request, new CallProgress());
	}

}
