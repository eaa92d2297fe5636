package io.taskwire.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.taskwire.contracts.command.CancelRequested;
import io.taskwire.contracts.command.DeleteRequested;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.contracts.status.TaskStatusChanged;
import io.taskwire.contracts.status.TaskTimelineEntry;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.contracts.worker.TaskCancelled;
import io.taskwire.contracts.worker.TaskFailed;
import io.taskwire.contracts.worker.TaskLogged;
import io.taskwire.contracts.worker.TaskProgressed;
import io.taskwire.contracts.worker.TaskRejected;
import io.taskwire.contracts.worker.TaskReleased;
import io.taskwire.contracts.worker.TaskStarted;
import io.taskwire.contracts.worker.TaskSucceeded;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import tools.jackson.databind.JsonNode;

/**
 * One fixed example of every message, wrapped in a fixed envelope: what the golden files
 * pin.
 */
final class SampleMessages {

	static final UUID TASK_ID = UUID.fromString("019a5c3e-7b10-7c4e-9a3b-2f1d0c9e8a71");

	static final UUID EVENT_ID = UUID.fromString("019a5c3e-7b11-7d2a-8f00-5e6b7c8d9e0f");

	static final Instant AT = Instant.parse("2026-11-23T09:30:00.123Z");

	static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private static final MessageCodec CODEC = new MessageCodec();

	private SampleMessages() {
	}

	static Envelope<Message> envelopeOf(MessageType type) {
		return new Envelope<>(EVENT_ID, type.wireName(), type.schemaVersion(), AT, TRACEPARENT, payloadOf(type));
	}

	static Message payloadOf(MessageType type) {
		TaskOptions options = new TaskOptions("gpt-4o-mini", "simulated");
		return switch (type) {
			case TASK_CREATED ->
				new TaskCreated(TASK_ID, "alice", "llm.chat", json("{\"prompt\":\"Say hello\"}"), options, 5, 3600,
						Instant.parse("2026-11-24T00:00:00Z"), 3, 4, Map.of("ticket", "T-42"), "key-1", null, null);
			case CANCEL_REQUESTED -> new CancelRequested(TASK_ID, "alice", "alice", "no longer needed");
			case DELETE_REQUESTED -> new DeleteRequested(TASK_ID, "alice", "admin");
			case TASK_DISPATCHED -> new TaskDispatched(TASK_ID, 2, "alice", "llm.translate",
					json("{\"text\":\"Hallo\",\"targetLanguage\":\"en\"}"), options, 600, null,
					json("{\"chunksDone\":3}"), "worker-1");
			case CANCEL_ATTEMPT -> new CancelAttempt(TASK_ID, 2, "worker-1", CancelAttempt.Reason.STALE_ATTEMPT);
			case TASK_STARTED -> new TaskStarted(TASK_ID, 2, "worker-1");
			case TASK_PROGRESSED -> new TaskProgressed(TASK_ID, 2, "worker-1", new Progress(40, "chunk 4 of 10"),
					json("{\"chunksDone\":4}"));
			case TASK_LOGGED -> new TaskLogged(TASK_ID, 2, "worker-1",
					new LogLine(LogLine.Level.INFO, "still running", Map.of("waitedSeconds", "120")));
			case TASK_SUCCEEDED -> new TaskSucceeded(TASK_ID, 2, "worker-1", json("{\"text\":\"Hello\"}"));
			case TASK_FAILED -> new TaskFailed(TASK_ID, 2, "worker-1", FailureKind.RATE_LIMITED, "429 from provider",
					"retry-after: 30", true, Instant.parse("2026-11-23T09:30:30Z"));
			case TASK_CANCELLED -> new TaskCancelled(TASK_ID, 2, "worker-1");
			case TASK_REJECTED -> new TaskRejected(TASK_ID, 2, "worker-1", "no free slot for llm.translate");
			case TASK_RELEASED -> new TaskReleased(TASK_ID, 2, "worker-1", "worker shutting down");
			case WORKER_HEARTBEAT -> new WorkerHeartbeat("worker-1", Map.of("llm.chat", 63, "noop", 256),
					List.of(new WorkerHeartbeat.RunningAttempt(TASK_ID, 2)), List.of(0, 1, 2));
			case TASK_STATUS_CHANGED -> new TaskStatusChanged(TASK_ID, "alice", "llm.chat", 7, TaskStatus.RUNNING,
					TaskStatus.SUCCEEDED, 2, new Progress(100, "done"), null, json("{\"text\":\"Hello\"}"), null, null);
			case TASK_TIMELINE_ENTRY ->
				new TaskTimelineEntry(TASK_ID, "alice", "llm.translate", 5, 2, new Progress(40, "chunk 4 of 10"), null);
			case TASK_DELETED -> new TaskDeleted(TASK_ID, "alice", "llm.chat", 9);
			case LLM_CALL_RECORDED -> new LlmCallRecorded(UUID.fromString("019a5c3e-7c00-7000-8000-000000000001"),
					TASK_ID, 2, "alice", "llm.chat", "chat", "simulated", "gpt-4o-mini", "chat-v1",
					json("{\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}"),
					json("{\"content\":\"Hello\"}"), Usage.of(3, 2), 204, AT, LlmCallRecorded.Outcome.OK, null);
			case TASK_TYPE_REGISTERED -> new TaskTypeRegistered("noop", "1", "Sleeps, then succeeds or fails",
					json("{\"type\":\"object\",\"properties\":{\"sleepMs\":{\"type\":\"integer\"}}}"),
					new TaskTypeRegistered.Defaults(60, 3));
		};
	}

	static JsonNode json(String text) {
		return CODEC.mapper().readTree(text);
	}

}
