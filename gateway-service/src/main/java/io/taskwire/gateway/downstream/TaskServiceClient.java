package io.taskwire.gateway.downstream;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.status.StatusEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * task-service's internal API: a task and its timeline, scoped to an owner.
 */
public class TaskServiceClient {

	private static final Log logger = LogFactory.getLog(TaskServiceClient.class);

	private static final String SERVICE = "task-service";

	private final WebClient client;

	private final MessageCodec codec;

	private final Duration timeout;

	public TaskServiceClient(WebClient client, DownstreamProperties.Calls calls, MessageCodec codec) {
		this.client = client;
		this.codec = codec;
		this.timeout = calls.connectTimeout().plus(calls.responseTimeout());
	}

	/**
	 * A task, if the owner may see it.
	 * @param id the task id
	 * @param owner the owner to scope to, or {@code null} for any owner (admin)
	 * @return the task; empty when task-service has no such task for that owner
	 */
	public Mono<InternalTask> findTask(UUID id, String owner) {
		return InternalJson
			.get(this.client, SERVICE, this.timeout,
					(client) -> client.get()
						.uri((uri) -> uri.path("/internal/v1/tasks/{id}")
							.queryParamIfPresent("owner", Optional.ofNullable(owner))
							.build(id)))
			.map((body) -> read(() -> taskOf(body, id)))
			.filter((task) -> isOwnedBy(task, owner));
	}

	/**
	 * A task's timeline after a sequence number, as the envelopes of
	 * {@code tasks.status}.
	 * @param id the task id
	 * @param owner the owner to scope to, or {@code null} for any owner (admin)
	 * @param afterSeq only entries with a greater sequence number
	 * @return the entries in sequence order; empty when task-service has no such task for
	 * that owner (yet)
	 */
	public Mono<List<Envelope<StatusEvent>>> timeline(UUID id, String owner, long afterSeq) {
		return InternalJson
			.get(this.client, SERVICE, this.timeout,
					(client) -> client.get()
						.uri((uri) -> uri.path("/internal/v1/tasks/{id}/timeline")
							.queryParamIfPresent("owner", Optional.ofNullable(owner))
							.queryParam("afterSeq", afterSeq)
							.build(id)))
			.map((body) -> read(() -> timelineOf(body, id, owner)))
			.defaultIfEmpty(List.of());
	}

	private InternalTask taskOf(byte[] body, UUID id) {
		InternalTask task = this.codec.mapper().readValue(body, InternalTask.class);
		if (!id.equals(task.id()) || task.owner() == null || task.type() == null || task.status() == null) {
			throw new IllegalStateException("task view without id, owner, type or status of task " + id);
		}
		return task;
	}

	/**
	 * Owner scoping is task-service's, in its SQL; this is only a second line, so that a
	 * fault there still never shows one user's task to another.
	 */
	private static boolean isOwnedBy(InternalTask task, String owner) {
		if (owner != null && !owner.equals(task.owner())) {
			logger.error("task-service answered task " + task.id() + " of another owner; treated as not found");
			return false;
		}
		return true;
	}

	private List<Envelope<StatusEvent>> timelineOf(byte[] body, UUID id, String owner) {
		JsonNode items = this.codec.mapper().readTree(body).get("items");
		if (items == null || !items.isArray()) {
			throw new IllegalStateException("timeline without items");
		}
		List<Envelope<StatusEvent>> timeline = new ArrayList<>();
		for (JsonNode item : items) {
			Envelope<StatusEvent> entry = statusEnvelope(
					this.codec.decode(this.codec.mapper().writeValueAsBytes(item)));
			if (!id.equals(entry.payload().taskId()) || (owner != null && !owner.equals(entry.payload().owner()))) {
				throw new IllegalStateException("timeline of task " + id + " with an entry of another task or owner");
			}
			timeline.add(entry);
		}
		return timeline;
	}

	@SuppressWarnings("unchecked")
	private static Envelope<StatusEvent> statusEnvelope(Envelope<Message> envelope) {
		if (!(envelope.payload() instanceof StatusEvent)) {
			throw new IllegalStateException("timeline item of type " + envelope.type());
		}
		return (Envelope<StatusEvent>) (Envelope<?>) envelope;
	}

	private static <T> T read(java.util.function.Supplier<T> reader) {
		try {
			return reader.get();
		}
		catch (RuntimeException ex) {
			throw new DownstreamUnavailable(SERVICE, ex);
		}
	}

}
