package io.taskwire.gateway.auth;

import org.junit.jupiter.api.Test;

import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class RouteAccessTests {

	@Test
	void leavesHealthAndTheApiDocsPublic() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/info",
				"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/webjars/swagger-ui/index.html" }) {
			assertThat(access(path)).as(path).isEqualTo(RouteAccess.PUBLIC);
		}
	}

	@Test
	void keepsOtherOperationalEndpointsForAdmins() {
		for (String path : new String[] { "/actuator", "/actuator/metrics", "/actuator/prometheus",
				"/actuator;x=1/metrics", "/%61ctuator/metrics", "/actuator/healthz", "/actuator/info2" }) {
			assertThat(access(path)).as(path).isNotEqualTo(RouteAccess.PUBLIC);
		}
		assertThat(access("/actuator/metrics")).isEqualTo(RouteAccess.ADMIN);
	}

	@Test
	void needsACredentialForEverythingElse() {
		for (String path : new String[] { "/", "", "/api/v1/tasks", "/api;x=1/v1/tasks", "/%61pi/v1/tasks",
				"//actuator/health", "/anything", "/v3x" }) {
			assertThat(access(path)).as(path).isEqualTo(RouteAccess.AUTHENTICATED);
		}
	}

	private static RouteAccess access(String path) {
		return RouteAccess.of(PathContainer.parsePath(path));
	}

}
