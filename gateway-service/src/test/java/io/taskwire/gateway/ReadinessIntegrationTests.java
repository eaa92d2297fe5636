package io.taskwire.gateway;

import io.taskwire.testsupport.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The broker cannot be reached at all: the gateway has not read the task type registry,
 * so it is not ready — though alive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@DirtiesContext
class ReadinessIntegrationTests {

	@Autowired
	private WebTestClient http;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry, "gateway");
		String closed = ClosedPort.address();
		registry.add("spring.kafka.bootstrap-servers", () -> closed);
		registry.add("spring.kafka.admin.auto-create", () -> "false");
		registry.add("taskwire.kafka.health-timeout", () -> "1s");
	}

	@Test
	void isNotReadyBeforeItHasReadTheTaskTypeRegistry() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.taskTypes.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.taskTypes.details.caughtUp")
			.isEqualTo(false)
			.jsonPath("$.components.statusFeed.status")
			.isEqualTo("DOWN")
			.jsonPath("$.components.r2dbc.status")
			.isEqualTo("UP");
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().returnResult();
	}

}
