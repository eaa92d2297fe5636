package io.taskwire.task;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.Progress;
import io.taskwire.contracts.TaskOptions;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.contracts.command.DeleteRequested;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Messages as the gateway and workers send them, for tests.
 */
public final class Messages {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private Messages() {
	}

	public static <M extends Message> Envelope<M> envelope(M payload, Clock clock) {
		return Envelope.of(payload, Traceparent.newRoot(), clock);
	}

	public static TaskBuilder aTask(Clock clock) {
		return new TaskBuilder(Ids.uuidV7(clock));
	}

	public static String aType() {
		return "noop-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static String aUser() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static String aWorker() {
		return "worker-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static WorkerHeartbeat heartbeat(String workerId, String type, int freeSlots, Integer... partitions) {
		return new WorkerHeartbeat(workerId, Map.of(type, freeSlots), List.of(), List.of(partitions));
	}

	public static CancelRequested cancel(UUID taskId, String owner) {
		return new CancelRequested(taskId, owner, owner, "no longer needed");
	}

	public static DeleteRequested delete(UUID taskId, String owner) {
		return new DeleteRequested(taskId, owner, owner);
	}

	public static TaskStarted started(UUID taskId, int attempt, String workerId) {
		return new TaskStarted(taskId, attempt, workerId);
	}

	public static TaskProgressed progressed(UUID taskId, int attempt, String workerId, int percent) {
		return new TaskProgressed(taskId, attempt, workerId, new Progress(percent, "at " + percent + "%"),
				JSON.objectNode().put("done", percent));
	}

	public static TaskLogged logged(UUID taskId, int attempt, String workerId, String text) {
		return new TaskLogged(taskId, attempt, workerId, new LogLine(LogLine.Level.INFO, text, Map.of()));
	}

	public static TaskSucceeded succeeded(UUID taskId, int attempt, String workerId) {
		return new TaskSucceeded(taskId, attempt, workerId, JSON.objectNode().put("text", "Hello"));
	}

	public static TaskFailed failed(UUID taskId, int attempt, String workerId, boolean retryable) {
		return new TaskFailed(taskId, attempt, workerId, FailureKind.PROVIDER_ERROR, "provider said 503",
				"java.io.IOException: 503\n\tat Provider.call", retryable, null);
	}

	public static TaskRejected rejected(UUID taskId, int attempt, String workerId) {
		return new TaskRejected(taskId, attempt, workerId, "no free slot");
	}

	/** A {@code TaskCreated} with the gateway's defaults, changed where a test cares. */
	public static final class TaskBuilder {

		private final UUID id;

		private String owner = "alice";

		private String type = "noop";

		private int priority = 5;

		private int maxAttempts = 3;

		private int concurrencyLimit = 10;

		private Instant deadline;

		private TaskBuilder(UUID id) {
			this.id = id;
		}

		public TaskBuilder ownedBy(String owner) {
			this.owner = owner;
			return this;
		}

		public TaskBuilder ofType(String type) {
			this.type = type;
			return this;
		}

		public TaskBuilder withPriority(int priority) {
			this.priority = priority;
			return this;
		}

		public TaskBuilder withMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
			return this;
		}

		public TaskBuilder withConcurrencyLimit(int concurrencyLimit) {
			this.concurrencyLimit = concurrencyLimit;
			return this;
		}

		public TaskBuilder withDeadline(Instant deadline) {
			this.deadline = deadline;
			return this;
		}

		public TaskCreated build() {
			JsonNode input = JSON.objectNode().put("prompt", "Say hello");
			return new TaskCreated(this.id, this.owner, this.type, input, new TaskOptions("sim-1", "simulated"),
					this.priority, 60, this.deadline, this.maxAttempts, this.concurrencyLimit, Map.of("ref", "r-1"),
					null, null, null);
		}

	}

}
