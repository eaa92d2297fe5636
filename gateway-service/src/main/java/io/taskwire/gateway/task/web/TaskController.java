package io.taskwire.gateway.task.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.gateway.auth.Caller;
import io.taskwire.gateway.downstream.TaskServiceClient;
import io.taskwire.gateway.downstream.TraceServiceClient;
import io.taskwire.gateway.task.TaskIds;
import io.taskwire.gateway.task.TaskLookup;
import io.taskwire.gateway.task.TaskRequest;
import io.taskwire.gateway.task.TaskRequestReader;
import io.taskwire.gateway.task.TaskSubmission;
import io.taskwire.gateway.task.TaskView;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submitting tasks and reading them back.
 */
@RestController
@Tag(name = "Tasks")
class TaskController {

	private final TaskRequestReader reader;

	private final TaskSubmission submission;

	private final TaskLookup lookup;

	private final TaskServiceClient taskService;

	private final TraceServiceClient traceService;

	private final MessageCodec codec;

	TaskController(TaskRequestReader reader, TaskSubmission submission, TaskLookup lookup,
			TaskServiceClient taskService, TraceServiceClient traceService, MessageCodec codec) {
		this.reader = reader;
		this.submission = submission;
		this.lookup = lookup;
		this.taskService = taskService;
		this.traceService = traceService;
		this.codec = codec;
	}

	@PostMapping(path = "/api/v1/tasks", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a task; 202 once it is durably accepted",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = TaskRequest.class))),
			responses = @ApiResponse(responseCode = "202", description = "Accepted; the task is queued"))
	Mono<ResponseEntity<TaskView>> submit(Caller caller, @RequestBody JsonNode body) {
		TaskRequest request = this.reader.read(body);
		return this.submission.submit(caller, request)
			.map((task) -> ResponseEntity.accepted().location(URI.create(task.links().self())).body(task));
	}

	@GetMapping(path = "/api/v1/tasks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A task")
	Mono<TaskView> task(Caller caller, @PathVariable String id) {
		return this.lookup.find(caller, TaskIds.parse(id));
	}

	@GetMapping(path = "/api/v1/tasks/{id}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A task's timeline: the envelopes of its tasks.status messages, in sequence order")
	Mono<Timeline> timeline(Caller caller, @PathVariable String id) {
		UUID taskId = TaskIds.parse(id);
		return this.lookup.find(caller, taskId)
			.then(this.taskService.timeline(taskId, caller.ownerScope(), 0))
			.map((entries) -> new Timeline(
					entries.stream().map((entry) -> this.codec.mapper().<JsonNode>valueToTree(entry)).toList()));
	}

	@GetMapping(path = "/api/v1/tasks/{id}/llm-calls", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A task's LLM calls, by attempt and start")
	Mono<LlmCalls> llmCalls(Caller caller, @PathVariable String id) {
		UUID taskId = TaskIds.parse(id);
		return this.lookup.find(caller, taskId)
			.then(this.traceService.llmCalls(taskId, caller.ownerScope()))
			.map(LlmCalls::new);
	}

	/**
	 * A task's timeline.
	 *
	 * @param items the envelopes, in sequence order
	 */
	record Timeline(List<JsonNode> items) {
	}

	/**
	 * A task's LLM calls.
	 *
	 * @param items the calls as trace-service records them
	 */
	record LlmCalls(JsonNode items) {
	}

}
