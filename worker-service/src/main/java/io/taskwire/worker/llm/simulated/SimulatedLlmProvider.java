package io.taskwire.worker.llm.simulated;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.CallProgress;
import io.taskwire.worker.llm.InjectedFailure;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.LlmProvider;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A provider that needs no network: it answers deterministically after a configured
 * latency plus uniform jitter. It waits on a timer ({@link Mono#delay}), never on a
 * sleeping thread, so it holds any number of calls in flight.
 * <p>
 * Asked for JSON with a schema, it answers a deterministic value valid against the schema
 * ({@link SchemaInstances}), so every task type works offline. Asked for a failure
 * ({@link InjectedFailure}, from a task's {@code simulate} input) it produces that
 * failure after its latency, as a real provider would: a 429 with a reset time, a 5xx, a
 * hang until its timeout, invalid JSON or a schema violation.
 * <p>
 * Tokens: input is a quarter of the code points of the rendered messages (one
 * {@code role: content} line each), output a quarter of the reply's, both rounded up. A
 * {@code maxTokens} below the reply's tokens cuts it, with finish reason {@code length}.
 * A call stopped early reports its input tokens and the share of the output it had
 * "generated" by then.
 */
@Component
public class SimulatedLlmProvider implements LlmProvider {

	public static final String NAME = "simulated";

	private static final JsonMapper MAPPER = new MessageCodec().mapper();

	private final String name;

	private final String defaultModel;

	private final SimulatedLlmProperties properties;

	private final Clock clock;

	public SimulatedLlmProvider(SimulatedLlmProperties properties) {
		this(NAME, properties.model(), properties, Clock.systemUTC());
	}

	@Autowired
	public SimulatedLlmProvider(SimulatedLlmProperties properties, Clock clock) {
		this(NAME, properties.model(), properties, clock);
	}

	/**
	 * Another simulated provider, under a name of its own (to try fallbacks and limits
	 * offline).
	 * @param name its name
	 * @param defaultModel its default model
	 * @param properties latency and timeout
	 * @param clock the clock reset times are computed from
	 */
	public SimulatedLlmProvider(String name, String defaultModel, SimulatedLlmProperties properties, Clock clock) {
		this.name = name;
		this.defaultModel = defaultModel;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String defaultModel() {
		return this.defaultModel;
	}

	@Override
	public Mono<LlmResponse> complete(LlmRequest request, CallProgress progress) {
		return Mono.defer(() -> {
			progress.inputTokens(SimulatedReply.tokens(SimulatedReply.render(request.messages())));
			InjectedFailure failure = request.injectedFailure();
			if (failure != null && failure.kind() == InjectedFailure.Kind.TIMEOUT) {
				return Mono.delay(this.properties.timeout())
					.then(Mono.error(() -> new LlmFailure(FailureKind.TIMEOUT,
							this.name + " did not answer within " + this.properties.timeout().toSeconds() + " s")));
			}
			Duration latency = latency();
			Scheduler timer = Schedulers.parallel();
			long startedAt = timer.now(TimeUnit.MILLISECONDS);
			return Mono.delay(latency, timer)
				.map((tick) -> answerOrFail(request, failure))
				.doOnCancel(
						() -> reportPartial(request, progress, timer.now(TimeUnit.MILLISECONDS) - startedAt, latency));
		});
	}

	private Duration latency() {
		long jitterMillis = this.properties.jitter().toMillis();
		long extra = (jitterMillis > 0) ? ThreadLocalRandom.current().nextLong(jitterMillis + 1) : 0;
		return this.properties.latency().plusMillis(extra);
	}

	private LlmResponse answerOrFail(LlmRequest request, InjectedFailure failure) {
		if (failure == null) {
			return answer(request);
		}
		return switch (failure.kind()) {
			case INVALID_JSON -> respond(request, "{\"answer\": \"this JSON ends too soon");
			case SCHEMA_VIOLATION -> respond(request, violationOf(request.responseSchema()));
			case RATE_LIMITED -> throw new LlmFailure(FailureKind.RATE_LIMITED, this.name + " answered 429 (simulated)",
					true, this.clock.instant().plus(failure.retryAfter()), null);
			case SERVER_ERROR ->
				throw new LlmFailure(FailureKind.PROVIDER_ERROR, this.name + " answered 500 (simulated)");
			case CONTEXT_LENGTH -> throw new LlmFailure(FailureKind.CONTEXT_LENGTH,
					this.name + " answered 400: the prompt is too long (simulated)");
			case CONTENT_FILTER ->
				throw new LlmFailure(FailureKind.CONTENT_FILTER, this.name + " refused to answer (simulated)");
			case AUTH -> throw new LlmFailure(FailureKind.AUTH, this.name + " answered 401 (simulated)");
			case INVALID_REQUEST ->
				throw new LlmFailure(FailureKind.INVALID_REQUEST, this.name + " answered 400 (simulated)");
			case TIMEOUT -> throw new IllegalStateException("A timeout never answers");
		};
	}

	LlmResponse answer(LlmRequest request) {
		if (request.responseSchema() != null) {
			String seed = SimulatedReply.render(request.messages());
			JsonNode value = SchemaInstances.of(request.responseSchema(), seed);
			return respond(request, MAPPER.writeValueAsString(value));
		}
		return respond(request, SimulatedReply.to(request.messages()));
	}

	private LlmResponse respond(LlmRequest request, String fullReply) {
		String reply = fullReply;
		String finishReason = "stop";
		if (request.maxTokens() != null && SimulatedReply.tokens(reply) > request.maxTokens()) {
			reply = SimulatedReply.leading(reply, request.maxTokens() * 4L);
			finishReason = "length";
		}
		Usage usage = Usage.of(SimulatedReply.tokens(SimulatedReply.render(request.messages())),
				SimulatedReply.tokens(reply));
		String model = (request.model() != null) ? request.model() : this.defaultModel;
		return new LlmResponse(reply, model, usage, finishReason);
	}

	/** A JSON value that breaks any schema that is not satisfied by everything. */
	private static String violationOf(JsonNode schema) {
		boolean wantsString = schema != null && "string".equals(schema.path("type").asString(""));
		return wantsString ? "12345" : "\"a simulated schema violation\"";
	}

	private void reportPartial(LlmRequest request, CallProgress progress, long elapsedMillis, Duration latency) {
		String reply = (request.responseSchema() != null) ? "" : SimulatedReply.to(request.messages());
		long total = reply.codePointCount(0, reply.length());
		double share = latency.isZero() ? 0 : Math.min(1.0, (double) elapsedMillis / latency.toMillis());
		String partial = SimulatedReply.leading(reply, (long) (total * share));
		progress.output(partial, SimulatedReply.tokens(partial));
	}

}
