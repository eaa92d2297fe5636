package io.taskwire.worker.llm;

import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * LLM calls as a handler makes them: on the provider and model its task asked for, each
 * one recorded as {@code LlmCallRecorded} (redacted) before its answer is returned, and
 * each one waiting for the provider's and the model's rate limits rather than failing.
 * When the task type has a fallback chain ({@code taskwire.worker.llm.fallbacks.<type>}),
 * a call that is rate limited, meets a server error or times out is made again on the
 * next model of the chain; {@link LlmResponse#provider()} and {@link LlmResponse#model()}
 * say which one answered.
 */
public interface LlmCalls {

	/**
	 * Asks the task's model, falling back along the chain on rate limits, server errors
	 * and timeouts.
	 * @param step which step of the handler calls, such as {@code chat} or {@code day-2}
	 * @param promptVersion the version of the handler's prompt template
	 * @param request the request
	 * @return the answer, once its record is on {@code llm.calls}; or an
	 * {@link LlmFailure}, also recorded
	 */
	Mono<LlmResponse> complete(String step, String promptVersion, LlmRequest request);

	/**
	 * Runs a piece of work that may take several calls (a repair loop, a day-by-day plan)
	 * on one model at a time: first the task's, then, while the work fails with a rate
	 * limit, a server error, a timeout or an {@link InvalidAnswer}, the next model of the
	 * chain. The calls handed to the work never fall back on their own.
	 * @param <T> what the work produces
	 * @param work the work, given the calls of one model
	 * @return what the first model to succeed produced, or the last model's failure
	 */
	<T> Mono<T> withFallback(Function<LlmCalls, Mono<T>> work);

}
