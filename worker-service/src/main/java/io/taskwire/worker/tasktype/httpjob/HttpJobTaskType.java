package io.taskwire.worker.tasktype.httpjob;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.worker.llm.LlmFailure;
import io.taskwire.worker.llm.http.HttpFailures;
import io.taskwire.worker.llm.http.LlmHttpClient;
import io.taskwire.worker.llm.http.ResetHeaders;
import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskFailure;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@code http.job {url, method?, headers?, body?, statusUrl?, pollIntervalSeconds?}}.
 * <p>
 * Without {@code statusUrl}: one request; the result is {@code {"status", "body"}}
 * (scheduled actions such as "check the alert rules"). A 429 or 5xx fails retryably (a
 * 429 with its reset time), any other 4xx does not.
 * <p>
 * With {@code statusUrl} (holding {@code {id}}): a long external job. It is started with
 * {@code Idempotency-Key: <taskId>}, so a start sent twice starts one job; its remote id
 * ({@code id} or {@code jobId} of the answer) goes into the checkpoint at once, and a
 * retry finding it there polls the same job instead of starting another. The status is
 * polled every {@code pollIntervalSeconds} until it is {@code done} (the result is
 * {@code {"remoteId", "status": "done", "result"}}) or {@code failed} (a non-retryable
 * failure), for as long as the attempt time limit allows; every
 * {@code taskwire.worker.http-job.log-interval} a line says "still running, waited 120 s
 * of 3600 s". Polls that fail now and then are waited out; too many in a row fail the
 * attempt retryably. Waiting is on a timer and time is read from the injected clock, so
 * thousands of jobs wait without threads and tests need not wait minutes.
 */
@Component
public class HttpJobTaskType implements TaskType {

	public static final String NAME = "http.job";

	private final WebClient webClient;

	private final HttpJobProperties properties;

	private final JsonMapper mapper;

	private final Clock clock;

	private final Scheduler timer;

	@Autowired
	public HttpJobTaskType(LlmHttpClient http, HttpJobProperties properties, MessageCodec codec, Clock clock) {
		this(http, properties, codec, clock, Schedulers.parallel());
	}

	HttpJobTaskType(LlmHttpClient http, HttpJobProperties properties, MessageCodec codec, Clock clock,
			Scheduler timer) {
		this.webClient = http.webClient();
		this.properties = properties;
		this.mapper = codec.mapper();
		this.clock = clock;
		this.timer = timer;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public String description() {
		return "Calls a URL once, or starts a long external job and polls it until it is done.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(3600, 3);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		JsonNode input = context.input();
		if (!input.hasNonNull("statusUrl")) {
			return send(input, context, true).map(HttpJobTaskType::requestResult);
		}
		Optional<String> remoteId = context.checkpoint()
			.map((checkpoint) -> checkpoint.path("remoteId").asString(null));
		if (remoteId.isPresent()) {
			context.log(LogLine.Level.INFO, "Polling the remote job an earlier attempt started",
					Map.of("remoteId", remoteId.get()));
			return poll(context, remoteId.get());
		}
		return send(input, context, true).flatMap((started) -> {
			String id = remoteIdOf(started.body());
			ObjectNode checkpoint = JsonNodeFactory.instance.objectNode().put("remoteId", id);
			context.progress(0, "Remote job started", checkpoint);
			context.log(LogLine.Level.INFO, "Started the remote job", Map.of("remoteId", id));
			return poll(context, id);
		});
	}

	private static String remoteIdOf(JsonNode body) {
		for (String field : new String[] { "id", "jobId" }) {
			JsonNode id = body.path(field);
			if (id.isString() || id.isIntegralNumber()) {
				return id.asString();
			}
		}
		throw new TaskFailure(FailureKind.PROVIDER_ERROR, "The start of the remote job answered without an id", false,
				null, null, null);
	}

	private static JsonNode requestResult(Answer answer) {
		ObjectNode result = JsonNodeFactory.instance.objectNode();
		result.put("status", answer.status());
		result.set("body", answer.body());
		return result;
	}

	private Mono<JsonNode> poll(TaskContext context, String remoteId) {
		Polling polling = new Polling(context, remoteId, this.clock.instant());
		Duration interval = pollInterval(context.input());
		return Mono.delay(interval, this.timer)
			.then(Mono.defer(polling::once))
			.repeatWhenEmpty(Integer.MAX_VALUE, (emptyPolls) -> emptyPolls);
	}

	private Duration pollInterval(JsonNode input) {
		if (!input.hasNonNull("pollIntervalSeconds")) {
			return this.properties.defaultPollInterval();
		}
		Duration asked = Duration.ofMillis((long) (input.get("pollIntervalSeconds").asDouble() * 1000));
		return (asked.compareTo(this.properties.minPollInterval()) < 0) ? this.properties.minPollInterval() : asked;
	}

	/**
	 * Sends the task's request (the start, or the only request).
	 */
	private Mono<Answer> send(JsonNode input, TaskContext context, boolean withIdempotencyKey) {
		boolean hasBody = input.has("body");
		String method = input.path("method").asString(hasBody ? "POST" : "GET");
		WebClient.RequestBodySpec request = this.webClient.method(HttpMethod.valueOf(method))
			.uri(input.get("url").stringValue())
			.headers((headers) -> {
				copyHeaders(input, headers);
				if (withIdempotencyKey && input.hasNonNull("statusUrl")) {
					headers.set("Idempotency-Key", context.taskId().toString());
				}
			});
		if (hasBody) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(this.mapper.writeValueAsBytes(input.get("body")));
		}
		return exchange(request);
	}

	private Mono<Answer> get(String url, JsonNode input) {
		return exchange(this.webClient.get().uri(url).headers((headers) -> copyHeaders(input, headers)));
	}

	private static void copyHeaders(JsonNode input, HttpHeaders headers) {
		input.path("headers")
			.properties()
			.forEach((header) -> headers.set(header.getKey(), header.getValue().asString()));
	}

	private Mono<Answer> exchange(WebClient.RequestHeadersSpec<?> request) {
		return request.exchangeToMono(this::read)
			.timeout(this.properties.requestTimeout(),
					Mono.error(() -> new LlmFailure(FailureKind.TIMEOUT,
							"The remote did not answer within " + this.properties.requestTimeout().toSeconds() + " s")))
			.onErrorMap((error) -> !(error instanceof LlmFailure), HttpJobTaskType::unreachable);
	}

	private Mono<Answer> read(ClientResponse response) {
		int status = response.statusCode().value();
		HttpHeaders headers = response.headers().asHttpHeaders();
		return response.bodyToMono(String.class).defaultIfEmpty("").map((text) -> {
			JsonNode body = parse(text);
			if (status >= 200 && status < 300) {
				return new Answer(status, body);
			}
			String said = body.path("error").path("message").asString(body.path("error").asString(null));
			String message = "The remote answered " + status + ((said != null) ? ": " + said : "");
			Instant retryNotBefore = ResetHeaders.retryNotBefore(headers, this.clock.instant()).orElse(null);
			throw HttpFailures.classify(status, new HttpFailures.ErrorBody(said, null), message, retryNotBefore);
		});
	}

	private JsonNode parse(String text) {
		if (text.isBlank()) {
			return JsonNodeFactory.instance.nullNode();
		}
		try {
			return this.mapper.readTree(text);
		}
		catch (JacksonException ex) {
			return StringNode.valueOf(text);
		}
	}

	private static LlmFailure unreachable(Throwable error) {
		if (error instanceof TimeoutException) {
			return new LlmFailure(FailureKind.TIMEOUT, "The remote did not answer in time");
		}
		Throwable cause = (error.getCause() != null) ? error.getCause() : error;
		return new LlmFailure(FailureKind.PROVIDER_ERROR,
				"The remote could not be reached: " + cause.getClass().getSimpleName(), true, null, null);
	}

	/**
	 * One attempt's polling of one remote job.
	 */
	private final class Polling {

		private final TaskContext context;

		private final String remoteId;

		private final Instant since;

		private final AtomicReference<Instant> loggedAt;

		private final AtomicInteger failuresInARow = new AtomicInteger();

		Polling(TaskContext context, String remoteId, Instant since) {
			this.context = context;
			this.remoteId = remoteId;
			this.since = since;
			this.loggedAt = new AtomicReference<>(since);
		}

		/**
		 * Polls once.
		 * @return the result when the job is done, empty while it runs (or a poll failed
		 * and may be tried again), an error when it failed
		 */
		Mono<JsonNode> once() {
			String url = this.context.input()
				.get("statusUrl")
				.stringValue()
				.replace("{id}", URLEncoder.encode(this.remoteId, StandardCharsets.UTF_8));
			return get(url, this.context.input()).flatMap(this::seen)
				.onErrorResume(this::mayTryAgain, this::failedPoll);
		}

		private Mono<JsonNode> seen(Answer answer) {
			this.failuresInARow.set(0);
			RemoteStatus status = RemoteStatus.of(answer.body());
			return switch (status.phase()) {
				case DONE -> Mono.just(done(status));
				case FAILED -> Mono.error(new TaskFailure(FailureKind.PROVIDER_ERROR,
						"The remote job " + this.remoteId + " failed: " + status.error(), false, null, null, null));
				case RUNNING -> {
					running(status);
					yield Mono.empty();
				}
			};
		}

		private JsonNode done(RemoteStatus status) {
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			result.put("remoteId", this.remoteId);
			result.put("status", "done");
			result.set("result", status.result());
			return result;
		}

		private void running(RemoteStatus status) {
			Instant now = HttpJobTaskType.this.clock.instant();
			long waited = Duration.between(this.since, now).toSeconds();
			if (status.percent() != null) {
				this.context.progress(status.percent(), "Remote job running");
			}
			Instant last = this.loggedAt.get();
			if (Duration.between(last, now).compareTo(HttpJobTaskType.this.properties.logInterval()) >= 0
					&& this.loggedAt.compareAndSet(last, now)) {
				long limit = this.context.timeLimit().toSeconds();
				this.context.log(LogLine.Level.INFO, "still running, waited " + waited + " s of " + limit + " s",
						Map.of("remoteId", this.remoteId, "waitedSeconds", String.valueOf(waited), "limitSeconds",
								String.valueOf(limit)));
			}
		}

		private boolean mayTryAgain(Throwable error) {
			return error instanceof LlmFailure failure && failure.retryable();
		}

		private Mono<JsonNode> failedPoll(Throwable error) {
			int failures = this.failuresInARow.incrementAndGet();
			if (failures > HttpJobTaskType.this.properties.maxPollFailures()) {
				LlmFailure failure = (LlmFailure) error;
				return Mono.error(new LlmFailure(FailureKind.PROVIDER_ERROR, failures + " polls of the remote job "
						+ this.remoteId + " failed in a row; the last: " + failure.getMessage(), true, null, failure));
			}
			return Mono.empty();
		}

	}

	/**
	 * A successful answer.
	 *
	 * @param status its status
	 * @param body its body: JSON, a string when it is not JSON, or null when empty
	 */
	private record Answer(int status, JsonNode body) {

	}

}
