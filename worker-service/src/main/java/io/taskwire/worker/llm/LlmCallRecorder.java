package io.taskwire.worker.llm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.SecretRedactor;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.support.kafka.EventPublisher;
import io.taskwire.worker.PublishRetry;
import io.taskwire.worker.llm.CallRecords.Call;
import io.taskwire.worker.llm.LlmProviders.Target;
import io.taskwire.worker.llm.limit.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes the LLM calls of attempts and records each one on {@code llm.calls}. A call first
 * waits for its provider's and model's rate limits, then goes out; its answer reaches the
 * handler only once its record is acknowledged, so a call's record always precedes the
 * attempt's {@code TaskSucceeded}. Failed calls are recorded too; a call stopped by
 * cancellation or the attempt time limit is recorded as cancelled, with the tokens and
 * text its adapter knew of. Calls that are rate limited, fail on the server or time out
 * move on along the type's fallback chain, with a log line on the task's timeline.
 */
@Component
public class LlmCallRecorder {

	private static final Logger logger = LoggerFactory.getLogger(LlmCallRecorder.class);

	private final LlmProviders providers;

	private final RateLimits limits;

	private final EventPublisher publisher;

	private final CallRecords records;

	private final Clock clock;

	private final PublishRetry retry;

	private final AtomicInteger inFlight = new AtomicInteger();

	public LlmCallRecorder(LlmProviders providers, RateLimits limits, EventPublisher publisher, SecretRedactor redactor,
			Clock clock, PublishRetry retry, ObjectProvider<MeterRegistry> meters) {
		this.providers = providers;
		this.limits = limits;
		this.publisher = publisher;
		this.records = new CallRecords(redactor, clock);
		this.clock = clock;
		this.retry = retry;
		meters
			.ifAvailable((registry) -> Gauge.builder("taskwire.llm.calls.in-flight", this.inFlight, AtomicInteger::get)
				.description("LLM calls sent and not yet answered")
				.register(registry));
	}

	/**
	 * The calls one attempt makes.
	 * @param origin the attempt
	 * @param log writes a line to the task's timeline
	 * @return its LLM access, recorded
	 */
	public LlmCalls forAttempt(CallOrigin origin, Consumer<LogLine> log) {
		try {
			return new AttemptCalls(origin, log, FailureInjection.of(origin.input()), null);
		}
		catch (LlmFailure invalidFlags) {
			// the attempt still starts, and fails on its first call, as with bad input
			return new AttemptCalls(origin, log, FailureInjection.NONE, invalidFlags);
		}
	}

	/**
	 * How many calls are out at this moment, on every attempt.
	 * @return the calls in flight
	 */
	public int inFlight() {
		return this.inFlight.get();
	}

	private static boolean fallsBack(Throwable error) {
		return error instanceof LlmFailure failure && (failure.kind() == FailureKind.RATE_LIMITED
				|| failure.kind() == FailureKind.PROVIDER_ERROR || failure.kind() == FailureKind.TIMEOUT);
	}

	private Mono<LlmResponse> call(AttemptCalls attempt, Target target, String step, String promptVersion,
			LlmRequest request) {
		return Mono.defer(() -> {
			if (attempt.invalidFlags != null) {
				return Mono.error(attempt.invalidFlags);
			}
			LlmRequest resolved = request.withModel(target.model()).withInjectedFailure(attempt.injection.next(step));
			long estimate = resolved.estimatedInputTokens()
					+ ((resolved.maxTokens() != null) ? resolved.maxTokens() : 0);
			return this.limits.acquire(target.provider().name(), target.model(), estimate)
				.flatMap((permit) -> send(attempt.origin, target.provider(), step, promptVersion, resolved, permit));
		});
	}

	private Mono<LlmResponse> send(CallOrigin origin, LlmProvider provider, String step, String promptVersion,
			LlmRequest request, RateLimits.Permit permit) {
		Call call = this.records.start(origin, step, promptVersion, provider.name(), request);
		CallProgress progress = new CallProgress();
		// a cancel can reach the call after it answered (an operator downstream failing
		// on
		// the answer cancels upstream); only a call that had not answered was stopped
		AtomicBoolean answered = new AtomicBoolean();
		this.inFlight.incrementAndGet();
		return provider.complete(request, progress).doOnEach((signal) -> answered.set(true)).doOnCancel(() -> {
			if (!answered.get()) {
				recordStopped(call, progress);
			}
		})
			.doFinally((signal) -> this.inFlight.decrementAndGet())
			.doOnNext((response) -> permit.settle(response.usage().totalTokens()))
			.onErrorResume((error) -> record(call, call.failed(error)).then(Mono.error(error)))
			.flatMap((response) -> record(call, call.answered(response))
				.thenReturn(response.withProvider(provider.name())));
	}

	private Mono<Void> record(Call call, LlmCallRecorded recorded) {
		return this.publisher.publish(Envelope.of(recorded, call.traceparent(), this.clock))
			.retryWhen(this.retry.spec("an LLM call record"))
			.publishOn(Schedulers.parallel())
			.then();
	}

	/** The attempt is gone, so nothing waits for this record; it is sent once. */
	private void recordStopped(Call call, CallProgress progress) {
		this.publisher.publish(Envelope.of(call.stopped(progress), call.traceparent(), this.clock))
			.subscribe(null, (error) -> logger.warn("Could not record a stopped LLM call: {}", error.toString()));
	}

	/**
	 * The calls of one attempt: its fallback chain, its failure injection.
	 */
	private final class AttemptCalls implements LlmCalls {

		private final CallOrigin origin;

		private final Consumer<LogLine> log;

		private final FailureInjection injection;

		private final LlmFailure invalidFlags;

		private AttemptCalls(CallOrigin origin, Consumer<LogLine> log, FailureInjection injection,
				LlmFailure invalidFlags) {
			this.origin = origin;
			this.log = log;
			this.injection = injection;
			this.invalidFlags = invalidFlags;
		}

		@Override
		public Mono<LlmResponse> complete(String step, String promptVersion, LlmRequest request) {
			return chain(request.model(), (target) -> call(this, target, step, promptVersion, request));
		}

		@Override
		public <T> Mono<T> withFallback(Function<LlmCalls, Mono<T>> work) {
			return chain(null, (target) -> work.apply(new TargetCalls(this, target)));
		}

		private <T> Mono<T> chain(String requestedModel, Function<Target, Mono<T>> work) {
			return Mono.defer(() -> {
				List<Target> targets = new ArrayList<>();
				targets.add(primary(requestedModel));
				for (Target fallback : LlmCallRecorder.this.providers.fallbacksOf(this.origin.taskType())) {
					if (!targets.contains(fallback)) {
						targets.add(fallback);
					}
				}
				return attempt(targets, 0, work);
			});
		}

		private Target primary(String requestedModel) {
			LlmProvider provider = LlmCallRecorder.this.providers.resolve(this.origin.options().provider());
			String model = (requestedModel != null) ? requestedModel
					: (this.origin.options().model() != null) ? this.origin.options().model() : provider.defaultModel();
			return new Target(provider, model);
		}

		private <T> Mono<T> attempt(List<Target> targets, int index, Function<Target, Mono<T>> work) {
			Target target = targets.get(index);
			if (index + 1 >= targets.size()) {
				return work.apply(target);
			}
			return work.apply(target).onErrorResume(LlmCallRecorder::fallsBack, (error) -> {
				Target next = targets.get(index + 1);
				LlmFailure failure = (LlmFailure) error;
				this.log.accept(new LogLine(LogLine.Level.WARN,
						target + " failed (" + failure.kind().wireName() + "); falling back to " + next,
						Map.of("from", target.toString(), "to", next.toString(), "kind", failure.kind().wireName())));
				return attempt(targets, index + 1, work);
			});
		}

	}

	/**
	 * The calls of one attempt pinned to one model: what
	 * {@link LlmCalls#withFallback(Function)} hands its work.
	 */
	private final class TargetCalls implements LlmCalls {

		private final AttemptCalls attempt;

		private final Target target;

		private TargetCalls(AttemptCalls attempt, Target target) {
			this.attempt = attempt;
			this.target = target;
		}

		@Override
		public Mono<LlmResponse> complete(String step, String promptVersion, LlmRequest request) {
			return call(this.attempt, this.target, step, promptVersion, request);
		}

		@Override
		public <T> Mono<T> withFallback(Function<LlmCalls, Mono<T>> work) {
			return work.apply(this);
		}

	}

}
