package io.taskwire.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.taskwire.testsupport.infra.TestInfrastructure;

/**
 * Stands in for task-service and trace-service: serves their pinned internal API
 * ({@code /internal/v1/tasks/{id}}, {@code .../timeline}, {@code .../llm-calls}) from
 * what a test put in, scoped by the {@code owner} parameter, guarded by the test service
 * token, and records every request.
 */
public final class FakeInternalServices implements AutoCloseable {

	private static final Pattern PATH = Pattern.compile("/internal/v1/tasks/([^/]+)(/timeline|/llm-calls)?");

	private static final String NOT_FOUND = "{\"type\":\"https://taskwire.io/problems/task-not-found\","
			+ "\"title\":\"Task not found\",\"status\":404}";

	private final HttpServer server;

	private final Map<UUID, String> owners = new ConcurrentHashMap<>();

	private final Map<UUID, String> views = new ConcurrentHashMap<>();

	private final Map<UUID, List<TimelineItem>> timelines = new ConcurrentHashMap<>();

	private final Map<UUID, String> llmCalls = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private volatile int failWith;

	private volatile boolean ignoreOwner;

	private FakeInternalServices(HttpServer server) {
		this.server = server;
	}

	public static FakeInternalServices start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FakeInternalServices fake = new FakeInternalServices(server);
			server.createContext("/", fake::handle);
			server.setExecutor(Executors.newCachedThreadPool());
			server.start();
			return fake;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** task-service knows this task, with this internal view JSON. */
	public void putTask(UUID id, String owner, String viewJson) {
		this.owners.put(id, owner);
		this.views.put(id, viewJson);
	}

	/** task-service has these timeline entries (envelope JSON) of the task. */
	public void putTimeline(UUID id, List<TimelineItem> items) {
		this.timelines.put(id, List.copyOf(items));
	}

	/** trace-service has these calls (a JSON array) of the task. */
	public void putLlmCalls(UUID id, String itemsJson) {
		this.llmCalls.put(id, itemsJson);
	}

	/** Every call answers with this status from now on; 0 to answer normally. */
	public void failWith(int status) {
		this.failWith = status;
	}

	/** Answers whatever the owner parameter says, as a faulty task-service would. */
	public void ignoreOwner() {
		this.ignoreOwner = true;
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	public void reset() {
		this.owners.clear();
		this.views.clear();
		this.timelines.clear();
		this.llmCalls.clear();
		this.requests.clear();
		this.failWith = 0;
		this.ignoreOwner = false;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			String path = exchange.getRequestURI().getPath();
			this.requests.add(new Request(path, query, exchange.getRequestHeaders().getFirst("Authorization")));
			if (!("Bearer " + TestInfrastructure.SERVICE_TOKEN)
				.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				respond(exchange, 401, "{\"status\":401}");
				return;
			}
			if (this.failWith != 0) {
				respond(exchange, this.failWith, "{\"status\":" + this.failWith + ",\"detail\":\"db at 10.0.0.7\"}");
				return;
			}
			Matcher matcher = PATH.matcher(path);
			if (!matcher.matches()) {
				respond(exchange, 404, NOT_FOUND);
				return;
			}
			UUID id = UUID.fromString(matcher.group(1));
			String owner = query.get("owner");
			String resource = matcher.group(2);
			if ("/llm-calls".equals(resource)) {
				respond(exchange, 200, "{\"items\":" + this.llmCalls.getOrDefault(id, "[]") + "}");
			}
			else if (!visible(id, owner)) {
				respond(exchange, 404, NOT_FOUND);
			}
			else if ("/timeline".equals(resource)) {
				long afterSeq = Long.parseLong(query.getOrDefault("afterSeq", "0"));
				String items = String.join(",",
						this.timelines.getOrDefault(id, List.of())
							.stream()
							.filter((item) -> item.seq() > afterSeq)
							.map(TimelineItem::envelopeJson)
							.toList());
				respond(exchange, 200, "{\"items\":[" + items + "]}");
			}
			else {
				respond(exchange, 200, this.views.get(id));
			}
		}
	}

	private boolean visible(UUID id, String owner) {
		String actual = this.owners.get(id);
		return actual != null && (owner == null || this.ignoreOwner || owner.equals(actual));
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> query(String rawQuery) {
		Map<String, String> query = new HashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return query;
	}

	/**
	 * A stored timeline entry.
	 *
	 * @param seq its sequence number
	 * @param envelopeJson the envelope as task-service stores it
	 */
	public record TimelineItem(long seq, String envelopeJson) {
	}

	/**
	 * A request the fake received.
	 *
	 * @param path the path
	 * @param query the query parameters
	 * @param authorization the Authorization header
	 */
	public record Request(String path, Map<String, String> query, String authorization) {
	}

}
