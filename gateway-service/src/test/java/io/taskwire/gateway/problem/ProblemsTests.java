package io.taskwire.gateway.problem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebInputException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTests {

	@Test
	void keepsTheProblemOfOurOwnExceptions() {
		Problems.Problem problem = Problems.from(new ValidationFailed(java.util.List.of(Violation.required("/type"))));
		assertThat(problem.status()).isEqualTo(422);
		assertThat(problem.body()).containsEntry("type", "https://taskwire.io/problems/validation-failed")
			.containsKey("errors");
	}

	@Test
	void givesFrameworkErrorsTheCatalogueTypeOfTheirStatus() {
		Problems.Problem unreadable = Problems.from(new ServerWebInputException("Failed to read HTTP message"));
		assertThat(unreadable.body()).containsEntry("type", "https://taskwire.io/problems/malformed-request")
			.containsEntry("status", 400);
		Problems.Problem method = Problems
			.from(new MethodNotAllowedException(HttpMethod.DELETE, java.util.Set.of(HttpMethod.GET)));
		assertThat(method.body()).containsEntry("type", "https://taskwire.io/problems/method-not-allowed");
		assertThat(method.headers().getAllow()).containsExactly(HttpMethod.GET);
	}

	@Test
	void answersAnOversizedBodyWith413() {
		assertThat(Problems.from(new DataBufferLimitException("too big")).status()).isEqualTo(413);
	}

	@Test
	void answersAnUnreachableDatabaseWith503() {
		Problems.Problem problem = Problems
			.from(new DataAccessResourceFailureException("Connection to db.internal.example:5432 refused"));
		assertThat(problem.status()).isEqualTo(503);
		assertThat(problem.body().toString()).doesNotContain("db.internal.example");
	}

	@Test
	void tellsNothingOfAnInternalErrorButItsCorrelationId() {
		Problems.Problem problem = Problems
			.from(new IllegalStateException("SELECT * FROM accepted_task at 10.1.2.3 failed"));
		Map<String, Object> body = problem.body();
		assertThat(problem.status()).isEqualTo(500);
		assertThat(body).containsEntry("type", "https://taskwire.io/problems/internal-error")
			.containsEntry("correlationId", problem.correlationId());
		assertThat(body.toString()).doesNotContain("SELECT", "10.1.2.3", "IllegalStateException");
	}

}
