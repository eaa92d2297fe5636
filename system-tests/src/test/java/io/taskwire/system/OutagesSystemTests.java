package io.taskwire.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.taskwire.deploy.LocalStack;
import io.taskwire.deploy.ServiceDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness follows the broker and the database, and work accepted while a part is down
 * is completed once it is back.
 */
@Order(2)
class OutagesSystemTests {

	/** The bound the issue sets for readiness to notice an outage or a recovery. */
	private static final Duration NOTICE = Duration.ofSeconds(15);

	private static final List<String> WITH_DATABASE = List.of("task", "trace", "gateway");

	private final TaskwireClient client = TaskwireClient.local();

	private static LocalStack stack;

	@BeforeAll
	static void startStack() {
		stack = RunningStack.get();
	}

	@Test
	void readinessGoesDownWithoutTheBrokerAndUpWhenItReturns() {
		stack.stopBroker();
		try {
			ServiceDefinition.ALL.forEach((service) -> awaitReadiness(service, 503));
		}
		finally {
			stack.startBroker();
		}
		ServiceDefinition.ALL.forEach((service) -> awaitReadiness(service, 200));
		assertCompletes(submitNoop());
	}

	@Test
	void readinessGoesDownWithoutTheDatabaseAndUpWhenItReturns() {
		stack.stopDatabase();
		try {
			WITH_DATABASE.forEach((name) -> awaitReadiness(ServiceDefinition.named(name), 503));
			assertThat(readiness(ServiceDefinition.named("worker"))).isEqualTo(200);
		}
		finally {
			stack.startDatabase();
		}
		ServiceDefinition.ALL.forEach((service) -> awaitReadiness(service, 200));
		assertCompletes(submitNoop());
	}

	@Test
	void completesATaskAcceptedWhileTheWorkerWasStopped() {
		stack.stopService("worker");
		String id;
		try {
			id = submitNoop();
			assertThat(status(id)).isEqualTo("QUEUED");
		}
		finally {
			stack.startService("worker");
		}
		assertCompletes(id);
	}

	private String submitNoop() {
		HttpResponse<String> accepted = this.client.post(TaskwireClient.ALICE, "/api/v1/tasks",
				"{\"type\":\"noop\",\"input\":{\"sleepMs\":10}}");
		assertThat(accepted.statusCode()).isEqualTo(202);
		return TaskwireClient.parse(accepted.body()).get("id").asString();
	}

	private String status(String id) {
		return this.client.getJson(TaskwireClient.ALICE, "/api/v1/tasks/" + id).get("status").asString();
	}

	private void assertCompletes(String id) {
		await().atMost(Duration.ofSeconds(60)).until(() -> status(id).equals("SUCCEEDED"));
	}

	private void awaitReadiness(ServiceDefinition service, int status) {
		await().atMost(NOTICE)
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(
					() -> assertThat(readiness(service)).as("readiness of %s", service.module()).isEqualTo(status));
	}

	private static int readiness(ServiceDefinition service) {
		return new TaskwireClient(service.readinessUrl()).get(null, "").statusCode();
	}

}
