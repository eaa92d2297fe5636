package io.taskwire.trace.call.web;

import java.util.UUID;

import io.taskwire.trace.call.LlmCalls;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/**
 * {@code GET /internal/v1/tasks/{taskId}/llm-calls?owner={user}}: a task's calls by
 * attempt, then start time. Without {@code owner} the caller is an admin and sees every
 * owner's calls; a task with no calls visible to the caller gives an empty list (the
 * gateway decides whether the task itself is visible).
 */
@RestController
class TaskLlmCallsController {

	private final LlmCalls calls;

	TaskLlmCallsController(LlmCalls calls) {
		this.calls = calls;
	}

	@GetMapping("/internal/v1/tasks/{taskId}/llm-calls")
	Mono<CallList> list(@PathVariable UUID taskId, @RequestParam(required = false) String owner) {
		if (owner != null && owner.isBlank()) {
			// an empty owner is a caller's bug, and must not read as "admin"
			return Mono.error(new ServerWebInputException("owner must not be blank; leave it out for an admin"));
		}
		return this.calls.findByTask(taskId, owner).map(CallView::of).collectList().map(CallList::new);
	}

}
