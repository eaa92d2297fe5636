package io.taskwire.gateway;

import org.junit.jupiter.api.Test;

class OperationsIntegrationTests extends GatewayIntegrationTest {

	@Test
	void isReadyWithBrokerDatabaseAndBothFeedsUp() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP")
			.jsonPath("$.components.r2dbc.status")
			.isEqualTo("UP")
			.jsonPath("$.components.taskTypes.status")
			.isEqualTo("UP")
			.jsonPath("$.components.statusFeed.status")
			.isEqualTo("UP");
	}

	@Test
	void servesHealthWithoutCredential() {
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().returnResult();
	}

	@Test
	void servesTheOpenApiDocumentWithoutCredential() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.value((version) -> org.assertj.core.api.Assertions.assertThat((String) version).startsWith("3."))
			.jsonPath("$.paths['/api/v1/tasks'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/tasks/{id}'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/tasks/{id}/events'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/task-types'].get")
			.exists()
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.components.schemas.TaskRequest")
			.exists()
			.jsonPath("$.paths['/api/v1/tasks'].post.parameters")
			.doesNotExist()
			.jsonPath("$.paths['/api/v1/tasks'].post.responses['422'].content['application/problem+json']")
			.exists()
			.jsonPath("$.paths['/api/v1/tasks/{id}'].get.responses['404']")
			.exists()
			.jsonPath("$.servers[0].url")
			.isEqualTo("/");
	}

	@Test
	void servesSwaggerUiWithoutCredential() {
		this.http.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk().expectBody().returnResult();
	}

}
