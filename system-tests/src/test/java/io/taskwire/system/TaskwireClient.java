package io.taskwire.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as a client sees it, over plain HTTP.
 */
final class TaskwireClient {

	static final String ALICE = "tw-alice-dev-key";

	static final String BOB = "tw-bob-dev-key";

	static final String ADMIN = "tw-admin-dev-key";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	TaskwireClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static TaskwireClient local() {
		return new TaskwireClient("http://localhost:8080");
	}

	HttpResponse<String> post(String apiKey, String path, String body) {
		return send(request(apiKey, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	HttpResponse<String> get(String apiKey, String path) {
		return send(request(apiKey, path).GET().build());
	}

	JsonNode getJson(String apiKey, String path) {
		return json.readTree(get(apiKey, path).body());
	}

	static JsonNode parse(String body) {
		return json.readTree(body);
	}

	/**
	 * Reads a server-sent event stream until the server closes it.
	 * @param apiKey the caller's key
	 * @param path the stream's path
	 * @param timeout how long the whole stream may take
	 * @return the events in the order received
	 */
	List<ServerSentEvent> events(String apiKey, String path, Duration timeout) {
		HttpRequest request = request(apiKey, path).header("Accept", "text/event-stream")
			.timeout(timeout)
			.GET()
			.build();
		try {
			HttpResponse<Stream<String>> response = this.http.send(request, HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Event stream answered " + response.statusCode());
			}
			try (Stream<String> lines = response.body()) {
				return ServerSentEvent.parse(lines.iterator());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String apiKey, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		if (apiKey != null) {
			builder.header("Authorization", "Bearer " + apiKey);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One server-sent event.
	 *
	 * @param id its id
	 * @param event its event name
	 * @param data its data
	 */
	record ServerSentEvent(String id, String event, String data) {

		static List<ServerSentEvent> parse(Iterator<String> lines) {
			List<ServerSentEvent> events = new ArrayList<>();
			String id = null;
			String event = null;
			StringBuilder data = new StringBuilder();
			while (lines.hasNext()) {
				String line = lines.next();
				if (line.isEmpty()) {
					if (data.length() > 0) {
						events.add(new ServerSentEvent(id, event, data.toString()));
					}
					id = null;
					event = null;
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).trim();
				}
				else if (line.startsWith("event:")) {
					event = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append((data.length() > 0) ? "\n" : "").append(line.substring(5).stripLeading());
				}
			}
			return events;
		}

		JsonNode json() {
			return TaskwireClient.parse(this.data);
		}

	}

}
