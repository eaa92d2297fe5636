package io.taskwire.gateway.downstream;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.taskwire.contracts.MessageCodec;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * trace-service's internal API: the LLM calls of a task, scoped to an owner.
 */
public class TraceServiceClient {

	private static final String SERVICE = "trace-service";

	private final WebClient client;

	private final MessageCodec codec;

	private final Duration timeout;

	public TraceServiceClient(WebClient client, DownstreamProperties.Calls calls, MessageCodec codec) {
		this.client = client;
		this.codec = codec;
		this.timeout = calls.connectTimeout().plus(calls.responseTimeout());
	}

	/**
	 * A task's LLM calls, ordered by attempt and start. The caller checks first that the
	 * task is visible; trace-service scopes by owner as well.
	 * @param taskId the task id
	 * @param owner the owner to scope to, or {@code null} for any owner (admin)
	 * @return the JSON array of call views; empty when there are none
	 */
	public Mono<JsonNode> llmCalls(UUID taskId, String owner) {
		return InternalJson
			.get(this.client, SERVICE, this.timeout,
					(client) -> client.get()
						.uri((uri) -> uri.path("/internal/v1/tasks/{taskId}/llm-calls")
							.queryParamIfPresent("owner", Optional.ofNullable(owner))
							.build(taskId)))
			.map(this::itemsOf)
			.defaultIfEmpty(JsonNodeFactory.instance.arrayNode());
	}

	private JsonNode itemsOf(byte[] body) {
		try {
			JsonNode items = this.codec.mapper().readTree(body).get("items");
			if (items == null || !items.isArray()) {
				throw new IllegalStateException("LLM call list without items");
			}
			return items;
		}
		catch (RuntimeException ex) {
			throw new DownstreamUnavailable(SERVICE, ex);
		}
	}

}
