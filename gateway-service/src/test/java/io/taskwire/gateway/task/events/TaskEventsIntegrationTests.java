package io.taskwire.gateway.task.events;

import java.time.Duration;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.gateway.FakeInternalServices.TimelineItem;
import io.taskwire.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import static io.taskwire.contracts.TaskStatus.QUEUED;
import static io.taskwire.contracts.TaskStatus.RUNNING;
import static io.taskwire.contracts.TaskStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskEventsIntegrationTests extends GatewayIntegrationTest {

	private static final Duration WITHIN = Duration.ofSeconds(30);

	private final UUID taskId = Ids.uuidV7(java.time.Clock.systemUTC());

	private final StatusEvents events = StatusEvents.of(this.taskId, "alice");

	@Test
	void sendsTheTimelineThenLiveEventsOnceEachAndEndsAfterTheTerminalOne() {
		recorded("RUNNING", this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING));
		Flux<ServerSentEvent<String>> stream = open(ALICE, null);
		awaitTimelineFetched();
		publish(this.events.changed(2, QUEUED, RUNNING));
		publish(this.events.progress(3, 50));
		publish(this.events.changed(4, RUNNING, SUCCEEDED));
		StepVerifier.create(eventsOf(stream).map((event) -> event.id() + " " + event.event()))
			.expectNext(this.taskId + ":1 task.status-changed", this.taskId + ":2 task.status-changed",
					this.taskId + ":3 task.timeline-entry", this.taskId + ":4 task.status-changed")
			.expectComplete()
			.verify(WITHIN);
	}

	@Test
	void sendsEachEventsMessageAsItsData() {
		recorded("RUNNING", this.events.changed(1, null, QUEUED));
		Flux<ServerSentEvent<String>> stream = open(ALICE, null);
		awaitTimelineFetched();
		publish(this.events.changed(2, QUEUED, SUCCEEDED));
		StepVerifier.create(eventsOf(stream).map((event) -> this.codec.mapper().readTree(event.data())))
			.assertNext((data) -> assertThat(data.get("seq").intValue()).isEqualTo(1))
			.assertNext((data) -> {
				assertThat(data.get("taskId").stringValue()).isEqualTo(this.taskId.toString());
				assertThat(data.get("from").stringValue()).isEqualTo("QUEUED");
				assertThat(data.get("to").stringValue()).isEqualTo("SUCCEEDED");
			})
			.expectComplete()
			.verify(WITHIN);
	}

	@Test
	void resumesAfterTheLastEventId() {
		recorded("RUNNING", this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING),
				this.events.progress(3, 30));
		Flux<ServerSentEvent<String>> stream = open(ALICE, this.taskId + ":2");
		awaitTimelineFetched();
		publish(this.events.changed(4, RUNNING, SUCCEEDED));
		StepVerifier.create(eventsOf(stream).map(ServerSentEvent::id))
			.expectNext(this.taskId + ":3", this.taskId + ":4")
			.expectComplete()
			.verify(WITHIN);
		assertThat(downstream.requests()).anySatisfy((request) -> {
			assertThat(request.path()).endsWith("/timeline");
			assertThat(request.query()).containsEntry("afterSeq", "2").containsEntry("owner", "alice");
		});
	}

	@Test
	void sendsTheWholeTimelineOfAFinishedTaskAndCloses() {
		recorded("SUCCEEDED", this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING),
				this.events.changed(3, RUNNING, SUCCEEDED));
		StepVerifier.create(eventsOf(open(ALICE, null)).map(ServerSentEvent::id))
			.expectNext(this.taskId + ":1", this.taskId + ":2", this.taskId + ":3")
			.expectComplete()
			.verify(WITHIN);
	}

	@Test
	void streamsATaskAcceptedButNotYetRecorded() {
		JsonNode accepted = this.http.post()
			.uri("/api/v1/tasks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"type\":\"noop\"}")
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		UUID id = UUID.fromString(accepted.get("id").stringValue());
		StatusEvents accepting = StatusEvents.of(id, "alice");
		Flux<ServerSentEvent<String>> stream = open(ALICE, null, id);
		awaitTimelineFetched(id);
		publish(accepting.changed(1, null, QUEUED));
		publish(accepting.changed(2, QUEUED, SUCCEEDED));
		StepVerifier.create(eventsOf(stream).map(ServerSentEvent::id))
			.expectNext(id + ":1", id + ":2")
			.expectComplete()
			.verify(WITHIN);
	}

	@Test
	void keepsAnIdleStreamAliveWithComments() {
		recorded("RUNNING", this.events.changed(1, null, QUEUED));
		Flux<ServerSentEvent<String>> stream = open(ALICE, null);
		StepVerifier.create(stream.filter((event) -> "keep-alive".equals(event.comment())).next())
			.expectNextCount(1)
			.expectComplete()
			.verify(WITHIN);
	}

	private void recorded(String status, Envelope<?>... timeline) {
		downstream.putTask(this.taskId, "alice", """
				{"id":"%s","owner":"alice","type":"noop","status":"%s","attempt":1,
				 "createdAt":"2026-11-23T09:30:00Z","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}
				""".formatted(this.taskId, status));
		downstream.putTimeline(this.taskId, java.util.Arrays.stream(timeline)
			.map((event) -> new TimelineItem(((StatusEvent) event.payload()).seq(), this.codec.encodePretty(event)))
			.toList());
	}

	private Flux<ServerSentEvent<String>> open(String key, String lastEventId) {
		return open(key, lastEventId, this.taskId);
	}

	private Flux<ServerSentEvent<String>> open(String key, String lastEventId, UUID id) {
		return this.http.get()
			.uri("/api/v1/tasks/" + id + "/events")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.headers((headers) -> {
				if (lastEventId != null) {
					headers.set("Last-Event-ID", lastEventId);
				}
			})
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
	}

	private static Flux<ServerSentEvent<String>> eventsOf(Flux<ServerSentEvent<String>> stream) {
		return stream.filter((event) -> event.event() != null);
	}

	private void awaitTimelineFetched() {
		awaitTimelineFetched(this.taskId);
	}

	private void awaitTimelineFetched(UUID id) {
		await().atMost(WITHIN)
			.until(() -> downstream.requests()
				.stream()
				.anyMatch((request) -> request.path().equals("/internal/v1/tasks/" + id + "/timeline")));
	}

}
