package io.taskwire.gateway.auth;

import io.taskwire.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AuthenticationIntegrationTests extends GatewayIntegrationTest {

	@Test
	void refusesARequestWithoutCredential() {
		this.http.get()
			.uri("/api/v1/task-types")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"taskwire\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void refusesAnUnknownKey() {
		this.http.get()
			.uri("/api/v1/task-types")
			.header(HttpHeaders.AUTHORIZATION, "Bearer tw-mallory-key")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"taskwire\", error=\"invalid_token\"")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/unauthorized");
	}

	@Test
	void refusesCredentialsThatAreNotBearerTokens() {
		for (String authorization : new String[] { "Basic YWxpY2U6c2VjcmV0", "Bearer", "Bearer    ", ALICE,
				"Bearer " + ALICE + "x" }) {
			this.http.get()
				.uri("/api/v1/task-types")
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.returnResult();
		}
	}

	@Test
	void refusesAnyRouteUnderApiWithoutCredential() {
		this.http.post()
			.uri("/api/v1/tasks")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"type\":\"noop\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult();
		this.http.get()
			.uri("/api/v1/no-such-route")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult();
	}

	@Test
	void findsNoWayAroundTheCredentialThroughThePath() {
		for (String path : new String[] { "/api;x=1/v1/task-types", "/api/v1;x=1/task-types", "//api/v1/task-types",
				"/%61pi/v1/task-types", "/actuator/../api/v1/task-types", "/API/v1/task-types" }) {
			this.http.get()
				.uri(java.net.URI
					.create("http://localhost:" + this.environment.getProperty("local.server.port") + path))
				.exchange()
				.expectStatus()
				.value((status) -> org.assertj.core.api.Assertions.assertThat(status).as(path).isIn(401, 404))
				.expectBody()
				.returnResult();
		}
	}

	@Test
	void letsEachConfiguredUserIn() {
		for (String key : new String[] { ALICE, BOB, ADMIN }) {
			this.http.get()
				.uri("/api/v1/task-types")
				.header(HttpHeaders.AUTHORIZATION, "bearer " + key)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult();
		}
	}

	@Test
	void keepsMetricsForAdmins() {
		this.http.get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized().expectBody().returnResult();
		this.http.get()
			.uri("/actuator/metrics")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ALICE)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://taskwire.io/problems/forbidden");
		this.http.get()
			.uri("/actuator/metrics/taskwire.sse.subscribers")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("taskwire.sse.subscribers");
	}

	@Test
	void keepsInternalRoutesForTheServiceToken() {
		this.http.get()
			.uri("/internal/v1/tasks/" + java.util.UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.returnResult();
	}

}
