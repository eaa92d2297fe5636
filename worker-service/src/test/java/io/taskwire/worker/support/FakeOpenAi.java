package io.taskwire.worker.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.worker.llm.simulated.SchemaInstances;
import io.taskwire.worker.support.FakeHttpServer.Received;
import io.taskwire.worker.support.FakeHttpServer.Reply;
import tools.jackson.databind.JsonNode;

/**
 * A fake OpenAI-compatible provider over real HTTP, started once per test JVM and shared
 * by the worker context of the integration tests (provider {@code fake-openai}). By
 * default it answers like a model would: a value valid against the requested
 * {@code json_schema}, or {@code "[fake] <last user message>"}. Tests script it per
 * marker: a request whose messages contain the marker is answered by the marker's script.
 */
public final class FakeOpenAi {

	public static final String PROVIDER = "fake-openai";

	public static final String MODEL = "fake-gpt";

	/** A key that must show up in no record, log or failure. */
	public static final String KEY = "sk-fake-integration-key-0123456789";

	private static final MessageCodec codec = new MessageCodec();

	private static final FakeHttpServer server = FakeHttpServer.start();

	private static final Map<String, Function<Received, Reply>> scripts = new ConcurrentHashMap<>();

	static {
		server.respond(FakeOpenAi::answer);
	}

	private FakeOpenAi() {
	}

	public static FakeHttpServer server() {
		return server;
	}

	/**
	 * Answers requests that contain a marker with a script of their own.
	 * @param marker a text unique to the test
	 * @param script request to reply
	 */
	public static void script(String marker, Function<Received, Reply> script) {
		scripts.put(marker, script);
	}

	private static Reply answer(Received request) {
		for (Map.Entry<String, Function<Received, Reply>> script : scripts.entrySet()) {
			if (request.body().contains(script.getKey())) {
				return script.getValue().apply(request);
			}
		}
		return Reply.json(200, completion(defaultContent(request.json())));
	}

	private static String defaultContent(JsonNode body) {
		JsonNode schema = body.at("/response_format/json_schema/schema");
		JsonNode messages = body.get("messages");
		String lastUser = messages.get(messages.size() - 1).get("content").stringValue();
		if (!schema.isMissingNode()) {
			return codec.mapper().writeValueAsString(SchemaInstances.of(schema, lastUser));
		}
		return "[fake] " + lastUser;
	}

	/**
	 * An OpenAI chat completion with this content.
	 * @param content the assistant's message
	 * @return the body
	 */
	public static String completion(String content) {
		return OpenAiBodies.completion(content, MODEL + "-0001");
	}

}
