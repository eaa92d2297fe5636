package io.taskwire.support.internal;

import java.net.URI;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

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
		ServiceTokenFilter filter = new ServiceTokenFilter("s3cret");
		for (String path : new String[] { "/%69nternal/v1/tasks", "/internal;x=1/v1/tasks", "/INTERNAL/v1/tasks" }) {
			MockServerWebExchange exchange = MockServerWebExchange
				.from(MockServerHttpRequest.method(HttpMethod.GET, URI.create(path)));

			filter.filter(exchange, (passed) -> Mono.error(new AssertionError(path + " passed"))).block();

			assertThat(exchange.getResponse().getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
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
