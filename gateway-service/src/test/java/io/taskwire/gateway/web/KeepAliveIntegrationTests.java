package io.taskwire.gateway.web;

import java.time.Duration;
import java.util.UUID;

import io.taskwire.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One keep-alive connection serving, again and again, a response written from another
 * thread (a 404 after asking task-service and the database), then one answered at once (a
 * 404 for a malformed id), then another request: each is answered. Without
 * {@link OffLoopDispatch}, Reactor Netty 1.3.6 stops reading such a connection within a
 * few hundred rounds (reactor/reactor-netty#4361).
 */
class KeepAliveIntegrationTests extends GatewayIntegrationTest {

	@Test
	void keepsAnsweringOnOneConnectionWhateverThreadAnsweredBefore() {
		WebTestClient client = this.http.mutate().responseTimeout(Duration.ofSeconds(5)).build();
		for (int round = 0; round < 300; round++) {
			get(client, "/api/v1/tasks/" + UUID.randomUUID()).expectStatus().isNotFound().expectBody().returnResult();
			get(client, "/api/v1/tasks/not-a-task-id").expectStatus().isNotFound().expectBody().returnResult();
			get(client, "/api/v1/task-types").expectStatus().isOk().expectBody().returnResult();
		}
	}

	private static WebTestClient.ResponseSpec get(WebTestClient client, String path) {
		return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + BOB).exchange();
	}

}
