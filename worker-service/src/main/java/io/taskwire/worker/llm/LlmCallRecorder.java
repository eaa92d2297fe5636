package io.taskwire.worker.llm;

import java.time.Clock;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.SecretRedactor;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.PublishRetry;
import io.taskwire.worker.llm.CallRecords.Call;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

/**
 * Makes the LLM calls of attempts and records each one on {@code llm.calls}. An answer
 * reaches the handler only once its record is acknowledged, so a call's record always
 * precedes the attempt's {@code TaskSucceeded}. Failed calls are recorded too; a call
 * stopped by cancellation or the attempt time limit is recorded as cancelled.
 */
@Component
public class LlmCallRecorder {

	private static final Logger logger = LoggerFactory.getLogger(LlmCallRecorder.class);

	private final LlmProviders providers;

	private final EventPublisher publisher;

	private final CallRecords records;

	private final Clock clock;

	private final PublishRetry retry;

	public LlmCallRecorder(LlmProviders providers, EventPublisher publisher, SecretRedactor redactor, Clock clock,
			PublishRetry retry) {
		this.providers = providers;
		this.publisher = publisher;
		this.records = new CallRecords(redactor, clock);
		this.clock = clock;
		this.retry = retry;
	}

	/**
	 * The calls one attempt makes.
	 * @param origin the attempt
	 * @return its LLM access, recorded
	 */
	public LlmCalls forAttempt(CallOrigin origin) {
		return (step, promptVersion, request) -> complete(origin, step, promptVersion, request);
	}

	private Mono<LlmResponse> complete(CallOrigin origin, String step, String promptVersion, LlmRequest request) {
		return Mono.defer(() -> {
			LlmProvider provider = this.providers.resolve(origin.options().provider());
			LlmRequest resolved = request.withModel(modelOf(request, origin, provider));
			Call call = this.records.start(origin, step, promptVersion, provider.name(), resolved);
			return provider.complete(resolved)
				.doOnCancel(() -> recordStopped(call))
				.onErrorResume((error) -> record(call, call.failed(error)).then(Mono.error(error)))
				.flatMap((response) -> record(call, call.answered(response)).thenReturn(response));
		});
	}

	private static String modelOf(LlmRequest request, CallOrigin origin, LlmProvider provider) {
		if (request.model() != null) {
			return request.model();
		}
		return (origin.options().model() != null) ? origin.options().model() : provider.defaultModel();
	}

	private Mono<Void> record(Call call, LlmCallRecorded recorded) {
		return this.publisher.publish(Envelope.of(recorded, call.traceparent(), this.clock))
			.retryWhen(this.retry.spec("an LLM call record"))
			.publishOn(Schedulers.parallel())
			.then();
	}

	/** The attempt is gone, so nothing waits for this record; it is sent once. */
	private void recordStopped(Call call) {
		this.publisher.publish(Envelope.of(call.stopped(), call.traceparent(), this.clock))
			.subscribe(null, (error) -> logger.warn("Could not record a stopped LLM call: {}", error.toString()));
	}

}
