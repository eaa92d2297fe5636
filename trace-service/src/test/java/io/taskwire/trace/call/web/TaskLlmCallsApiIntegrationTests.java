package io.taskwire.trace.call.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.trace.CallFixture;
import io.taskwire.trace.TraceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static io.taskwire.trace.CallFixture.aCall;

/**
 * {@code GET /internal/v1/tasks/{taskId}/llm-calls}: order, owner scoping in SQL, the
 * service token and problem responses.
 */
class TaskLlmCallsApiIntegrationTests extends TraceIntegrationTest {

	private static final Instant T0 = Instant.parse("2026-11-23T09:30:00Z");

	@Test
	void listsATasksCallsByAttemptThenStartTime() {
		UUID taskId = UUID.randomUUID();
		LlmCallRecorded secondAttempt = aCall().forTask(taskId).inAttempt(2).startedAt(T0).build();
		LlmCallRecorded firstAttemptLater = aCall().forTask(taskId).inAttempt(1).startedAt(T0.plusSeconds(2)).build();
		LlmCallRecorded firstAttemptFailed = aCall().forTask(taskId)
			.inAttempt(1)
			.startedAt(T0.plusSeconds(1))
			.failedWith(FailureKind.RATE_LIMITED)
			.build();

		publishAll(secondAttempt, firstAttemptLater, firstAttemptFailed);
		awaitStoredCalls(taskId, 3);

		getCalls(taskId, "alice").exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].id")
			.isEqualTo(firstAttemptFailed.callId().toString())
			.jsonPath("$.items[1].id")
			.isEqualTo(firstAttemptLater.callId().toString())
			.jsonPath("$.items[2].id")
			.isEqualTo(secondAttempt.callId().toString())
			.jsonPath("$.items[0].outcome")
			.isEqualTo("error")
			.jsonPath("$.items[0].failureKind")
			.isEqualTo("rate_limited")
			.jsonPath("$.items[0].response")
			.doesNotExist();
	}

	@Test
	void showsAUserOnlyTheirOwnCalls() {
		UUID alicesTask = UUID.randomUUID();
		UUID bobsTask = UUID.randomUUID();
		publishAll(aCall().forTask(alicesTask).ownedBy("alice").build(),
				aCall().forTask(bobsTask).ownedBy("bob").build());
		awaitStoredCalls(alicesTask, 1);
		awaitStoredCalls(bobsTask, 1);

		getCalls(alicesTask, "alice").exchange().expectBody().jsonPath("$.items.length()").isEqualTo(1);
		getCalls(alicesTask, "bob").exchange().expectStatus().isOk().expectBody().json("{\"items\":[]}");
		getCalls(bobsTask, "alice").exchange().expectStatus().isOk().expectBody().json("{\"items\":[]}");
	}

	@Test
	void showsAnAdminEveryOwnersCalls() {
		UUID bobsTask = UUID.randomUUID();
		publishAll(aCall().forTask(bobsTask).ownedBy("bob").build());
		awaitStoredCalls(bobsTask, 1);

		getCalls(bobsTask, null).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1);
	}

	@Test
	void answersAnEmptyListForATaskWithoutCalls() {
		getCalls(UUID.randomUUID(), "alice").exchange().expectStatus().isOk().expectBody().json("{\"items\":[]}");
	}

	@Test
	void refusesACallWithoutTheServiceToken() {
		this.http.get()
			.uri("/internal/v1/tasks/" + UUID.randomUUID() + "/llm-calls")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void refusesACallWithAWrongServiceToken() {
		this.http.get()
			.uri("/internal/v1/tasks/" + UUID.randomUUID() + "/llm-calls")
			.header("Authorization", "Bearer not-the-service-token")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/unauthorized");
	}

	@Test
	void rejectsATaskIdThatIsNotAUuid() {
		this.http.get()
			.uri("/internal/v1/tasks/{taskId}/llm-calls", "not-a-uuid' OR 1=1")
			.header("Authorization", "Bearer test-service-token")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/bad-request")
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist();
	}

	@Test
	void rejectsABlankOwnerRatherThanTreatItAsAnAdmin() {
		UUID taskId = UUID.randomUUID();
		publishAll(aCall().forTask(taskId).ownedBy("bob").build());
		awaitStoredCalls(taskId, 1);

		this.http.get()
			.uri("/internal/v1/tasks/" + taskId + "/llm-calls?owner=")
			.header("Authorization", "Bearer test-service-token")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/bad-request")
			.jsonPath("$.items")
			.doesNotExist();
	}

	private void publishAll(LlmCallRecorded... calls) {
		for (LlmCallRecorded call : calls) {
			publish(Envelope.of(call, CallFixture.TRACEPARENT, Clock.systemUTC()));
		}
	}

}
