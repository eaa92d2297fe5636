package io.taskwire.task.lifecycle.web;

import java.util.UUID;

import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.task.Messages;
import io.taskwire.task.TaskServiceIntegrationTest;
import io.taskwire.testsupport.infra.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static io.taskwire.task.Messages.aTask;
import static org.assertj.core.api.Assertions.assertThat;

class InternalTaskApiIntegrationTests extends TaskServiceIntegrationTest {

	@Value("${local.server.port}")
	private int port;

	private WebTestClient client;

	@BeforeEach
	void client() {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + TestInfrastructure.SERVICE_TOKEN)
			.build();
	}

	@Test
	void showsATaskToItsOwner() {
		TaskCreated created = aQueuedTaskOf("alice");

		this.client.get()
			.uri("/internal/v1/tasks/{id}?owner=alice", created.taskId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(created.taskId().toString())
			.jsonPath("$.owner")
			.isEqualTo("alice")
			.jsonPath("$.status")
			.isEqualTo("QUEUED")
			.jsonPath("$.attempt")
			.isEqualTo(0)
			.jsonPath("$.priority")
			.isEqualTo(5)
			.jsonPath("$.input.prompt")
			.isEqualTo("Say hello")
			.jsonPath("$.options.model")
			.isEqualTo("sim-1")
			.jsonPath("$.metadata.ref")
			.isEqualTo("r-1")
			.jsonPath("$.traceId")
			.value((traceId) -> assertThat((String) traceId).hasSize(32))
			.jsonPath("$.createdAt")
			.exists()
			.jsonPath("$.result")
			.doesNotExist()
			.jsonPath("$.error")
			.doesNotExist();
	}

	@Test
	void showsAnyTaskToAnAdmin() {
		TaskCreated created = aQueuedTaskOf("alice");

		this.client.get().uri("/internal/v1/tasks/{id}", created.taskId()).exchange().expectStatus().isOk();
	}

	@Test
	void answersAnotherUsersTaskExactlyLikeAMissingOne() {
		TaskCreated created = aQueuedTaskOf("alice");

		UUID missing = UUID.randomUUID();
		byte[] foreign = notFound("/internal/v1/tasks/" + created.taskId() + "?owner=bob");
		byte[] absent = notFound("/internal/v1/tasks/" + missing + "?owner=bob");

		assertThat(new String(foreign)).contains("https://taskwire.io/problems/task-not-found");
		// identical but for the id in the request path
		assertThat(new String(absent).replace(missing.toString(), "ID"))
			.isEqualTo(new String(foreign).replace(created.taskId().toString(), "ID"));
		notFound("/internal/v1/tasks/" + created.taskId() + "/timeline?owner=bob");
	}

	@Test
	void answersAMalformedIdAsNotFoundWithoutInternals() {
		for (String id : new String[] { "not-a-uuid", "1%27%20OR%201=1--", "00000000-0000-0000-0000-00000000000G" }) {
			String body = new String(notFound("/internal/v1/tasks/" + id + "?owner=alice"));
			assertThat(body).doesNotContain("Exception", "SELECT", "localhost", "at io.", "java.");
		}
	}

	@Test
	void refusesCallsWithoutTheServiceToken() {
		TaskCreated created = aQueuedTaskOf("alice");
		WebTestClient anonymous = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();

		anonymous.get()
			.uri("/internal/v1/tasks/{id}", created.taskId())
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		anonymous.get()
			.uri("/internal/v1/tasks/{id}/timeline", created.taskId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer wrong-token")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void servesTheTimelineAfterASeqAsPublishedEnvelopes() {
		TaskCreated created = aQueuedTaskOf("alice");
		send(Messages.cancel(created.taskId(), "alice"));
		awaitStatus(created.taskId(), TaskStatus.CANCELLED);

		this.client.get()
			.uri("/internal/v1/tasks/{id}/timeline?owner=alice", created.taskId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2)
			.jsonPath("$.items[0].type")
			.isEqualTo("task.status-changed")
			.jsonPath("$.items[0].payload.seq")
			.isEqualTo(1)
			.jsonPath("$.items[1].payload.to")
			.isEqualTo("CANCELLED");
		this.client.get()
			.uri("/internal/v1/tasks/{id}/timeline?owner=alice&afterSeq=1", created.taskId())
			.exchange()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].payload.seq")
			.isEqualTo(2)
			.jsonPath("$.items[0].eventId")
			.isEqualTo(eventually()
				.until(() -> this.recorded.envelopes(io.taskwire.contracts.Topic.TASKS_STATUS,
						created.taskId().toString()), (envelopes) -> envelopes.size() == 2)
				.get(1)
				.eventId()
				.toString());
	}

	@Test
	void refusesAMalformedAfterSeq() {
		TaskCreated created = aQueuedTaskOf("alice");

		for (String afterSeq : new String[] { "abc", "-1", "99999999999999999999999" }) {
			this.client.get()
				.uri("/internal/v1/tasks/{id}/timeline?afterSeq={after}", created.taskId(), afterSeq)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://taskwire.io/problems/invalid-parameter");
		}
	}

	private TaskCreated aQueuedTaskOf(String owner) {
		TaskCreated created = aTask(this.clock).ofType(Messages.aType()).ownedBy(owner).build();
		send(created);
		awaitTask(created.taskId());
		return created;
	}

	private byte[] notFound(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

}
