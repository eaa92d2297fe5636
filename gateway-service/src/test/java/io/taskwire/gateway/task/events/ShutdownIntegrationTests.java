package io.taskwire.gateway.task.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Ids;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.gateway.FakeInternalServices;
import io.taskwire.gateway.FakeInternalServices.TimelineItem;
import io.taskwire.testsupport.infra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Shutting down ends every open event stream normally, so that streams never hold a
 * shutdown up; clients resume elsewhere with {@code Last-Event-ID}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@DirtiesContext
class ShutdownIntegrationTests {

	private static final FakeInternalServices downstream = FakeInternalServices.start();

	@Autowired
	private WebTestClient http;

	@Autowired
	private ConfigurableApplicationContext context;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		registry.add("taskwire.gateway.task-service-url", downstream::baseUrl);
		registry.add("taskwire.gateway.trace-service-url", downstream::baseUrl);
	}

	@AfterAll
	static void stopDownstream() {
		downstream.close();
	}

	@Test
	void endsOpenStreamsWhenShuttingDown() {
		UUID taskId = Ids.uuidV7(Clock.systemUTC());
		downstream.putTask(taskId, "alice", """
				{"id":"%s","owner":"alice","type":"noop","status":"RUNNING","attempt":1,
				 "createdAt":"2026-11-23T09:30:00Z","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}
				""".formatted(taskId));
		downstream.putTimeline(taskId, List.of(new TimelineItem(1, new MessageCodec()
			.encodePretty(StatusEvents.of(taskId, "alice").changed(1, null, TaskStatus.QUEUED)))));
		Flux<ServerSentEvent<String>> stream = this.http.get()
			.uri("/api/v1/tasks/" + taskId + "/events")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.header(HttpHeaders.AUTHORIZATION, "Bearer tw-alice-dev-key")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> downstream.requests().stream().anyMatch((request) -> request.path().endsWith("/timeline")));
		Thread closing = new Thread(this.context::close, "close-context");
		StepVerifier.create(stream.filter((event) -> event.event() != null).map(ServerSentEvent::id))
			.expectNext(taskId + ":1")
			.then(closing::start)
			.expectComplete()
			.verify(Duration.ofSeconds(30));
	}

}
