package io.taskwire.trace.call.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.trace.CallFixture;
import io.taskwire.trace.DeadLetterTopic;
import io.taskwire.trace.TraceIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.taskwire.trace.CallFixture.aCall;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code llm.calls} into the ledger on the real broker and database: each call once,
 * redacted, capped; invalid records to {@code llm.calls.DLT}.
 */
class LlmCallIngestIntegrationTests extends TraceIntegrationTest {

	@Autowired
	private MessageCodec codec;

	@Test
	void servesAPublishedCallWithItsUsage() {
		Envelope<LlmCallRecorded> call = aCall().ownedBy("alice").withUsage(12, 5).envelope();

		publish(call);

		eventually().untilAsserted(() -> getCalls(call.payload().taskId(), "alice").exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(call.payload().callId().toString())
			.jsonPath("$.items[0].taskId")
			.isEqualTo(call.payload().taskId().toString())
			.jsonPath("$.items[0].attempt")
			.isEqualTo(1)
			.jsonPath("$.items[0].step")
			.isEqualTo("chat")
			.jsonPath("$.items[0].provider")
			.isEqualTo("simulated")
			.jsonPath("$.items[0].model")
			.isEqualTo("gpt-4o-mini")
			.jsonPath("$.items[0].promptVersion")
			.isEqualTo("chat-v1")
			.jsonPath("$.items[0].request.messages[0].content")
			.isEqualTo("Say hello")
			.jsonPath("$.items[0].response.content")
			.isEqualTo("Hello")
			.jsonPath("$.items[0].usage.inputTokens")
			.isEqualTo(12)
			.jsonPath("$.items[0].usage.outputTokens")
			.isEqualTo(5)
			.jsonPath("$.items[0].usage.totalTokens")
			.isEqualTo(17)
			.jsonPath("$.items[0].latencyMillis")
			.isEqualTo(204)
			.jsonPath("$.items[0].startedAt")
			.isEqualTo("2026-11-23T09:30:00.123Z")
			.jsonPath("$.items[0].outcome")
			.isEqualTo("ok")
			.jsonPath("$.items[0].failureKind")
			.doesNotExist()
			.jsonPath("$.items[0].redacted")
			.isEqualTo(false));
	}

	@Test
	void storesARedeliveredCallOnce() {
		UUID taskId = UUID.randomUUID();
		Envelope<LlmCallRecorded> call = aCall().forTask(taskId).envelope();

		publish(call);
		publish(call);
		// same key, same partition: once this one is stored, both deliveries were handled
		publish(aCall().forTask(taskId).envelope());

		awaitStoredCalls(taskId, 2);
		assertThat(rowsWithId(call.payload().callId())).isOne();
	}

	@Test
	void storesPromptsWithSecretsRedactedAndFlagged() {
		String openAiKey = "sk-proj-abcdefghijklmnopqrstuvwxyz012345";
		String bearer = "Bearer tok_0123456789abcdefghij";
		String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlX29mX3RoZV9qd3Q";
		UUID taskId = UUID.randomUUID();

		publish(aCall().forTask(taskId)
			.withPrompt("key " + openAiKey + "; header " + bearer + "; token " + jwt)
			.envelope());

		awaitStoredCalls(taskId, 1);
		String stored = column(taskId, "request::text");
		assertThat(stored).doesNotContain(openAiKey, "tok_0123456789abcdefghij", jwt)
			.contains("[REDACTED:openai_key]", "[REDACTED:bearer]", "[REDACTED:jwt]");
		assertThat(column(taskId, "redacted::text")).isEqualTo("true");
		getCalls(taskId, null).exchange().expectBody().jsonPath("$.items[0].redacted").isEqualTo(true);
	}

	@Test
	void truncatesOversizedBodiesToTheCapAndFlagsThem() {
		UUID taskId = UUID.randomUUID();
		String prompt = "\"quoted\" \\ text ".repeat(1000);

		publish(aCall().forTask(taskId).withPrompt(prompt).envelope());

		awaitStoredCalls(taskId, 1);
		assertThat(column(taskId, "truncated::text")).isEqualTo("true");
		assertThat(column(taskId, "request->>'truncated'")).isEqualTo("true");
		assertThat(Integer.parseInt(column(taskId, "request->>'originalBytes'"))).isGreaterThan(4096);
		assertThat(column(taskId, "request->>'preview'")).startsWith("{\"messages\":[{");
		assertThat(column(taskId, "octet_length(request->>'preview')::text"))
			.satisfies((length) -> assertThat(Integer.parseInt(length)).isLessThan(4096));
		assertThat(column(taskId, "response->>'content'")).isEqualTo("Hello");
	}

	@Test
	void storesBodiesWithCharactersPostgresqlRefusesCleaned() {
		Envelope<LlmCallRecorded> call = aCall().withPrompt("nul NUL and lone LONE surrogate").envelope();
		UUID taskId = call.payload().taskId();
		// escaped as a hostile producer would write them: PostgreSQL refuses both in
		// jsonb
		String json = tree(call).toString().replace("NUL", "\\u0000").replace("LONE", "\\ud800");

		send(Topic.LLM_CALLS, null, taskId.toString(), json.getBytes(StandardCharsets.UTF_8), "llm.call-recorded");

		awaitStoredCalls(taskId, 1);
		assertThat(column(taskId, "request->'messages'->0->>'content'"))
			.isEqualTo("nul \uFFFD and lone \uFFFD surrogate");
	}

	@Test
	void deadLettersRecordsThatAreNotJson() {
		UUID taskId = UUID.randomUUID();

		send(Topic.LLM_CALLS, null, taskId.toString(), new byte[] { 0x00, (byte) 0xff, 0x13, 0x37 }, null);

		assertDeadLettered(taskId, "invalid record");
	}

	@Test
	void deadLettersRecordsOfAnUnknownType() {
		Envelope<LlmCallRecorded> call = aCall().envelope();
		ObjectNode json = tree(call);
		json.put("type", "llm.call-forgotten");

		send(Topic.LLM_CALLS, null, call.payload().taskId().toString(), bytes(json), "llm.call-forgotten");

		assertDeadLettered(call.payload().taskId(), "unknown message type 'llm.call-forgotten'");
	}

	@Test
	void deadLettersRecordsMissingRequiredFields() {
		Envelope<LlmCallRecorded> call = aCall().envelope();
		ObjectNode json = tree(call);
		((ObjectNode) json.get("payload")).remove("model");

		send(Topic.LLM_CALLS, null, call.payload().taskId().toString(), bytes(json), "llm.call-recorded");

		assertDeadLettered(call.payload().taskId(), "model");
	}

	@Test
	void deadLettersCallsTheDatabaseCouldNeverStore() {
		UUID taskId = UUID.randomUUID();

		publish(aCall().forTask(taskId).withModel("gpt\u0000mini").envelope());

		assertDeadLettered(taskId, "model contains a NUL character");
	}

	@Test
	void deadLettersOtherMessagesPublishedOnTheTopic() {
		UUID taskId = UUID.randomUUID();
		Envelope<TaskDeleted> deleted = Envelope.of(new TaskDeleted(taskId, "alice", "llm.chat", 9),
				CallFixture.TRACEPARENT, Clock.systemUTC());

		send(Topic.LLM_CALLS, null, taskId.toString(), this.codec.encode(deleted), "task.deleted");

		assertDeadLettered(taskId, "unexpected message type 'task.deleted'");
	}

	private void assertDeadLettered(UUID taskId, String reason) {
		try (DeadLetterTopic deadLetters = deadLetterTopicOf(Topic.LLM_CALLS)) {
			ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitFirstWithKey(taskId.toString());
			assertThat(reasonOf(deadLetter)).contains(reason);
		}
		// a later call on the same partition is stored, so the bad one was handled by
		// then
		publish(aCall().forTask(taskId).envelope());
		awaitStoredCalls(taskId, 1);
	}

	private long rowsWithId(UUID callId) {
		return this.database.sql("SELECT count(*) FROM llm_call WHERE id = :id")
			.bind("id", callId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	private String column(UUID taskId, String expression) {
		return this.database.sql("SELECT " + expression + " FROM llm_call WHERE task_id = :taskId")
			.bind("taskId", taskId)
			.map((row) -> row.get(0, String.class))
			.one()
			.block();
	}

	private ObjectNode tree(Envelope<?> envelope) {
		return (ObjectNode) this.codec.mapper().readTree(this.codec.encode(envelope));
	}

	private byte[] bytes(ObjectNode json) {
		return json.toString().getBytes(StandardCharsets.UTF_8);
	}

}
