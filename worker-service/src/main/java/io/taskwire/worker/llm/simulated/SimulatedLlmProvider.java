package io.taskwire.worker.llm.simulated;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmProvider;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A provider that needs no network: it answers deterministically after a configured
 * latency plus uniform jitter. It waits on a timer ({@link Mono#delay}), never on a
 * sleeping thread, so it holds any number of calls in flight.
 * <p>
 * Tokens: input is a quarter of the code points of the rendered messages (one
 * {@code role: content} line each), output a quarter of the reply's, both rounded up. A
 * {@code maxTokens} below the reply's tokens cuts it, with finish reason {@code length}.
 */
@Component
public class SimulatedLlmProvider implements LlmProvider {

	public static final String NAME = "simulated";

	private final SimulatedLlmProperties properties;

	public SimulatedLlmProvider(SimulatedLlmProperties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String defaultModel() {
		return this.properties.model();
	}

	@Override
	public Mono<LlmResponse> complete(LlmRequest request) {
		return Mono.defer(() -> Mono.delay(latency())).map((tick) -> answer(request));
	}

	private Duration latency() {
		long jitterMillis = this.properties.jitter().toMillis();
		long extra = (jitterMillis > 0) ? ThreadLocalRandom.current().nextLong(jitterMillis + 1) : 0;
		return this.properties.latency().plusMillis(extra);
	}

	LlmResponse answer(LlmRequest request) {
		String reply = SimulatedReply.to(request.messages());
		String finishReason = "stop";
		if (request.maxTokens() != null && SimulatedReply.tokens(reply) > request.maxTokens()) {
			reply = SimulatedReply.leading(reply, request.maxTokens() * 4L);
			finishReason = "length";
		}
		Usage usage = Usage.of(SimulatedReply.tokens(SimulatedReply.render(request.messages())),
				SimulatedReply.tokens(reply));
		String model = (request.model() != null) ? request.model() : this.properties.model();
		return new LlmResponse(reply, model, usage, finishReason);
	}

}
