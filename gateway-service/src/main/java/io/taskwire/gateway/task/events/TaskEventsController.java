package io.taskwire.gateway.task.events;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.gateway.auth.Caller;
import io.taskwire.gateway.task.TaskIds;
import io.taskwire.gateway.task.TaskLookup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's events as server-sent events: {@code id: <taskId>:<seq>}, {@code event:} the
 * message type ({@code task.status-changed}, {@code task.timeline-entry}), {@code data:}
 * the message's JSON; keep-alive comments while idle; the stream ends after the terminal
 * event. {@code Last-Event-ID} resumes after the event it names.
 */
@RestController
@Tag(name = "Tasks")
class TaskEventsController {

	private final TaskLookup lookup;

	private final TaskEventStream stream;

	private final MessageCodec codec;

	private final SseProperties properties;

	TaskEventsController(TaskLookup lookup, TaskEventStream stream, MessageCodec codec, SseProperties properties) {
		this.lookup = lookup;
		this.stream = stream;
		this.codec = codec;
		this.properties = properties;
	}

	@GetMapping(path = "/api/v1/tasks/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The task's timeline so far, then its live events, ending after the terminal one")
	Mono<ResponseEntity<Flux<ServerSentEvent<String>>>> events(Caller caller, @PathVariable String id,
			@Parameter(description = "Resume after this event id (<taskId>:<seq>)") @RequestHeader(
					name = "Last-Event-ID", required = false) String lastEventId) {
		UUID taskId = TaskIds.parse(id);
		long afterSeq = LastEventId.seqAfter(lastEventId, taskId);
		return this.lookup.find(caller, taskId).map((task) -> {
			Flux<Envelope<StatusEvent>> events = this.stream.events(taskId, caller.ownerScope(), afterSeq,
					task.status().isTerminal());
			return ResponseEntity.ok()
				.header(HttpHeaders.CACHE_CONTROL, "no-cache")
				.header("X-Accel-Buffering", "no")
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.body(withKeepAlive(events.map(this::toServerSentEvent)));
		});
	}

	private ServerSentEvent<String> toServerSentEvent(Envelope<StatusEvent> event) {
		StatusEvent payload = event.payload();
		return ServerSentEvent.builder(this.codec.mapper().writeValueAsString(payload))
			.id(LastEventId.of(payload.taskId(), payload.seq()))
			.event(event.type())
			.build();
	}

	/**
	 * Opens with a comment, so that headers go out at once, and adds a keep-alive comment
	 * at every interval until the events end.
	 */
	private Flux<ServerSentEvent<String>> withKeepAlive(Flux<ServerSentEvent<String>> events) {
		Flux<ServerSentEvent<String>> keepAlive = Flux.interval(this.properties.keepAlive())
			.map((tick) -> comment("keep-alive"));
		return events.publish((shared) -> Flux.merge(shared, keepAlive.takeUntilOther(shared.then())), 1)
			.startWith(comment("stream of task events"));
	}

	private static ServerSentEvent<String> comment(String text) {
		return ServerSentEvent.<String>builder().comment(text).build();
	}

}
