package io.taskwire.trace;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.llm.LlmCallRecorded.Outcome;
import io.taskwire.contracts.llm.Usage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds {@link LlmCallRecorded} messages for tests:
 * {@code aCall().forTask(id).ownedBy("bob")}.
 */
public final class CallFixture {

	public static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

	private UUID callId = Ids.uuidV7(Clock.systemUTC());

	private UUID taskId = Ids.uuidV7(Clock.systemUTC());

	private int attempt = 1;

	private String owner = "alice";

	private String model = "gpt-4o-mini";

	private JsonNode request = chat("Say hello");

	private JsonNode response = JsonNodeFactory.instance.objectNode().put("content", "Hello");

	private Usage usage = Usage.of(3, 2);

	private Instant startedAt = Instant.parse("2026-11-23T09:30:00.123Z");

	private Outcome outcome = Outcome.OK;

	private FailureKind failureKind;

	private CallFixture() {
	}

	public static CallFixture aCall() {
		return new CallFixture();
	}

	public CallFixture withId(UUID callId) {
		this.callId = callId;
		return this;
	}

	public CallFixture forTask(UUID taskId) {
		this.taskId = taskId;
		return this;
	}

	public CallFixture inAttempt(int attempt) {
		this.attempt = attempt;
		return this;
	}

	public CallFixture ownedBy(String owner) {
		this.owner = owner;
		return this;
	}

	public CallFixture withModel(String model) {
		this.model = model;
		return this;
	}

	public CallFixture withPrompt(String prompt) {
		this.request = chat(prompt);
		return this;
	}

	public CallFixture withResponse(JsonNode response) {
		this.response = response;
		return this;
	}

	public CallFixture withUsage(long inputTokens, long outputTokens) {
		this.usage = Usage.of(inputTokens, outputTokens);
		return this;
	}

	public CallFixture startedAt(Instant startedAt) {
		this.startedAt = startedAt;
		return this;
	}

	public CallFixture failedWith(FailureKind kind) {
		this.outcome = Outcome.ERROR;
		this.failureKind = kind;
		this.response = null;
		return this;
	}

	public LlmCallRecorded build() {
		return new LlmCallRecorded(this.callId, this.taskId, this.attempt, this.owner, "llm.chat", "chat", "simulated",
				this.model, "chat-v1", this.request, this.response, this.usage, 204, this.startedAt, this.outcome,
				this.failureKind);
	}

	public Envelope<LlmCallRecorded> envelope() {
		return Envelope.of(build(), TRACEPARENT, clock);
	}

	private static JsonNode chat(String prompt) {
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		request.putArray("messages").addObject().put("role", "user").put("content", prompt);
		return request;
	}

}
