package io.taskwire.support.internal;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

class ServiceTokenFilterTests {

	private final WebTestClient client = WebTestClient
		.bindToRouterFunction(RouterFunctions.route()
			.GET("/internal/v1/tasks", (request) -> ServerResponse.ok().bodyValue("internal"))
			.GET("/actuator/health", (request) -> ServerResponse.ok().bodyValue("public"))
			.build())
		.webFilter(new ServiceTokenFilter("s3cret"))
		.build();

	@Test
	void letsTheServiceTokenThrough() {
		this.client.get()
			.uri("/internal/v1/tasks")
			.header("Authorization", "Bearer s3cret")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("internal");
	}

	@Test
	void refusesAMissingOrWrongTokenWithAProblemThatRevealsNothing() {
		for (String authorization : new String[] { null, "Bearer s3cre", "Bearer s3cret ", "Basic s3cret", "s3cret" }) {
			WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri("/internal/v1/tasks");
			if (authorization != null) {
				request = request.header("Authorization", authorization);
			}
			request.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(401)
				.jsonPath("$.detail")
				.isEqualTo("A valid service token is required.");
		}
	}

	@Test
	void refusesInternalPathsInDisguise() {
		for (String path : new String[] { "/%69nternal/v1/tasks", "/internal;x=1/v1/tasks", "/INTERNAL/v1/tasks",
				"//internal/v1/tasks" }) {
			this.client.get().uri(path).exchange().expectStatus().isUnauthorized();
		}
	}

	@Test
	void refusesEveryInternalCallWhenNoTokenIsConfigured() {
		WebTestClient unconfigured = WebTestClient
			.bindToRouterFunction(
					RouterFunctions.route().GET("/internal/v1/tasks", (request) -> ServerResponse.ok().build()).build())
			.webFilter(new ServiceTokenFilter(""))
			.build();

		unconfigured.get()
			.uri("/internal/v1/tasks")
			.header("Authorization", "Bearer ")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void leavesOtherPathsAlone() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

}
