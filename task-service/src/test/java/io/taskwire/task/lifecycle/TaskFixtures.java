package io.taskwire.task.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.TaskStatus;
import io.taskwire.contracts.Traceparent;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Tasks in each state, for the tests of pure lifecycle code:
 * {@code aRunningTask().withAttempt(2).build()}.
 */
final class TaskFixtures {

	static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

	static final String WORKER = "worker-1";

	private TaskFixtures() {
	}

	static Fixture aQueuedTask() {
		return new Fixture(TaskStatus.QUEUED, 0, null);
	}

	static Fixture aDispatchedTask() {
		return new Fixture(TaskStatus.DISPATCHED, 1, WORKER);
	}

	static Fixture aRunningTask() {
		return new Fixture(TaskStatus.RUNNING, 1, WORKER);
	}

	static Fixture aTaskIn(TaskStatus status) {
		boolean live = status == TaskStatus.DISPATCHED || status == TaskStatus.RUNNING;
		return new Fixture(status, (status == TaskStatus.QUEUED) ? 0 : 1, live ? WORKER : null);
	}

	static final class Fixture {

		private final TaskStatus status;

		private int attempt;

		private String workerId;

		private int maxAttempts = 3;

		private int attemptsUsed;

		private Instant deadline;

		private Instant leaseExpiresAt;

		private Fixture(TaskStatus status, int attempt, String workerId) {
			this.status = status;
			this.attempt = attempt;
			this.workerId = workerId;
			this.leaseExpiresAt = (status == TaskStatus.DISPATCHED) ? NOW.plusSeconds(30) : null;
		}

		Fixture withAttempt(int attempt) {
			this.attempt = attempt;
			return this;
		}

		Fixture onWorker(String workerId) {
			this.workerId = workerId;
			return this;
		}

		Fixture withMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		Fixture withAttemptsUsed(int attemptsUsed) {
			this.attemptsUsed = attemptsUsed;
			return this;
		}

		Fixture withDeadline(Instant deadline) {
			this.deadline = deadline;
			return this;
		}

		Fixture withLeaseExpiringAt(Instant leaseExpiresAt) {
			this.leaseExpiresAt = leaseExpiresAt;
			return this;
		}

		Task build() {
			TaskSpec spec = new TaskSpec("alice", "noop", JsonNodeFactory.instance.objectNode(), TaskOptions.DEFAULTS,
					5, 60, this.deadline, this.maxAttempts, 2, Map.of(), null, null, null, Traceparent.newRoot(),
					NOW.minusSeconds(60));
			return new Task(UUID.randomUUID(), spec, this.status, this.attempt, this.attemptsUsed, this.workerId,
					this.leaseExpiresAt, null, null, null, null, null, null, null, NOW.minusSeconds(1), 3);
		}

	}

}
