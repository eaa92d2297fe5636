package io.taskwire.worker.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.netty.handler.codec.http.HttpHeaders;
import io.taskwire.contracts.MessageCodec;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;

/**
 * A fake HTTP server on reactor-netty, for the provider adapters and {@code http.job} to
 * talk to over real HTTP. Tests script it with a responder (a status, headers, a body and
 * a delay per request); it records every request, counts requests in flight (and the most
 * at once) and notes when the connection a request came on was closed, so a test can see
 * a cancelled call hang up.
 */
public final class FakeHttpServer implements AutoCloseable {

	private static final MessageCodec codec = new MessageCodec();

	private final DisposableServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicReference<Function<Received, Reply>> responder = new AtomicReference<>(
			(request) -> Reply.status(404));

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger maxInFlight = new AtomicInteger();

	private FakeHttpServer(LoopResources loops) {
		HttpServer http = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle);
		this.server = ((loops != null) ? http.runOn(loops) : http).bindNow();
	}

	/**
	 * Starts a server on a free port of the loopback interface.
	 * @return the server
	 */
	public static FakeHttpServer start() {
		return new FakeHttpServer(null);
	}

	/**
	 * Starts a server on event loops of its own (so a benchmark's fake does not share
	 * threads with the client it measures).
	 * @param loops the event loops
	 * @return the server
	 */
	public static FakeHttpServer start(LoopResources loops) {
		return new FakeHttpServer(loops);
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/**
	 * Sets how every following request is answered.
	 * @param responder request to reply
	 * @return this server
	 */
	public FakeHttpServer respond(Function<Received, Reply> responder) {
		this.responder.set(responder);
		return this;
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	/**
	 * The requests whose body contains a text, such as a test's marker.
	 * @param text the text
	 * @return the requests
	 */
	public List<Received> receivedContaining(String text) {
		return this.received.stream().filter((request) -> request.body().contains(text)).toList();
	}

	public int inFlight() {
		return this.inFlight.get();
	}

	public int maxInFlight() {
		return this.maxInFlight.get();
	}

	public void resetCounters() {
		this.received.clear();
		this.maxInFlight.set(this.inFlight.get());
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		CompletableFuture<Instant> closed = new CompletableFuture<>();
		request.withConnection((connection) -> connection.onDispose(() -> closed.complete(Instant.now())));
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			Received incoming = new Received(request.method().name(), request.uri(), request.requestHeaders(), body,
					closed);
			this.received.add(incoming);
			Reply reply = this.responder.get().apply(incoming);
			int now = this.inFlight.incrementAndGet();
			this.maxInFlight.accumulateAndGet(now, Math::max);
			return Mono.delay(reply.delay())
				.then(Mono.defer(() -> send(response, reply)))
				.doFinally((signal) -> this.inFlight.decrementAndGet());
		});
	}

	private static Mono<Void> send(HttpServerResponse response, Reply reply) {
		response.status(reply.status());
		response.header("content-type", reply.contentType());
		reply.headers().forEach(response::header);
		return response.sendString(Mono.just(reply.body())).then();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * A request as the server got it.
	 *
	 * @param method the method
	 * @param uri the path and query
	 * @param headers the headers
	 * @param body the body
	 * @param connectionClosed completes when the connection the request came on closes
	 */
	public record Received(String method, String uri, HttpHeaders headers, String body,
			CompletableFuture<Instant> connectionClosed) {

		public JsonNode json() {
			return codec.mapper().readTree(this.body);
		}

		public String header(String name) {
			return this.headers.get(name);
		}

	}

	/**
	 * How the server answers one request.
	 *
	 * @param status the status
	 * @param headers extra headers
	 * @param body the body
	 * @param contentType the content type
	 * @param delay how long it waits before answering
	 */
	public record Reply(int status, Map<String, String> headers, String body, String contentType, Duration delay) {

		public static Reply json(int status, String body) {
			return new Reply(status, Map.of(), body, "application/json", Duration.ZERO);
		}

		public static Reply status(int status) {
			return new Reply(status, Map.of(), "", "text/plain", Duration.ZERO);
		}

		public Reply withHeaders(Map<String, String> headers) {
			return new Reply(this.status, headers, this.body, this.contentType, this.delay);
		}

		public Reply after(Duration delay) {
			return new Reply(this.status, this.headers, this.body, this.contentType, delay);
		}

	}

}
