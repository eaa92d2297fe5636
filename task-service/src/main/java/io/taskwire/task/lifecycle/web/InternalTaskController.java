package io.taskwire.task.lifecycle.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.task.lifecycle.Task;
import io.taskwire.task.lifecycle.Tasks;
import io.taskwire.task.timeline.Timeline;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks and their timelines for the gateway. {@code owner} scopes every query (absent: an
 * admin, who sees all); a task the owner may not see is as missing as one that never
 * existed.
 */
@RestController
@RequestMapping("/internal/v1/tasks")
class InternalTaskController {

	private final Tasks tasks;

	private final Timeline timeline;

	private final MessageCodec codec;

	InternalTaskController(Tasks tasks, Timeline timeline, MessageCodec codec) {
		this.tasks = tasks;
		this.timeline = timeline;
		this.codec = codec;
	}

	@GetMapping("/{id}")
	Mono<TaskView> task(@PathVariable String id, @RequestParam(required = false) String owner) {
		return visible(id, owner).map(TaskView::of);
	}

	/**
	 * The task's timeline after a seq: each item the envelope of a {@code tasks.status}
	 * message exactly as it is (or will be) published.
	 */
	@GetMapping("/{id}/timeline")
	Mono<TimelineView> timeline(@PathVariable String id, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String afterSeq) {
		long after = parseAfterSeq(afterSeq);
		return visible(id, owner).flatMap((task) -> this.timeline.envelopes(task.id(), after)
			.map(this::asPublished)
			.collectList()
			.map(TimelineView::new));
	}

	/**
	 * The stored envelope as the outbox publishes it: decoded and encoded by the same
	 * codec.
	 */
	private JsonNode asPublished(String storedEnvelope) {
		return this.codec.mapper().valueToTree(this.codec.decode(storedEnvelope.getBytes(StandardCharsets.UTF_8)));
	}

	private Mono<Task> visible(String id, String owner) {
		UUID taskId = parseId(id);
		if (taskId == null) {
			return Mono.error(new TaskNotFound());
		}
		return this.tasks.findVisible(taskId, owner).switchIfEmpty(Mono.error(new TaskNotFound()));
	}

	/** An id that is not a UUID names no task: 404, like any other. */
	private static UUID parseId(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equalsIgnoreCase(id) ? uuid : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static long parseAfterSeq(String afterSeq) {
		if (afterSeq == null) {
			return 0;
		}
		try {
			long after = Long.parseLong(afterSeq);
			if (after >= 0) {
				return after;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidParameter("afterSeq", "a whole number of at least 0");
	}

	/**
	 * A timeline page.
	 *
	 * @param items the envelopes, in seq order
	 */
	record TimelineView(List<JsonNode> items) {

	}

}
