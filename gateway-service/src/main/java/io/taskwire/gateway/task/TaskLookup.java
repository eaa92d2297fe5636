package io.taskwire.gateway.task;

import java.util.UUID;

import io.taskwire.gateway.auth.Caller;
import io.taskwire.gateway.downstream.TaskServiceClient;
import reactor.core.publisher.Mono;

/**
 * Finds a task for a caller: task-service's view, scoped to the caller (any owner for an
 * admin); failing that, the row of a task accepted here that task-service has not
 * recorded yet, as QUEUED; failing that, {@link TaskNotFound} — the same for an unknown
 * id and for another user's task. Every route that takes a task id asks here first.
 */
public class TaskLookup {

	private final TaskServiceClient taskService;

	private final AcceptedTasks acceptedTasks;

	public TaskLookup(TaskServiceClient taskService, AcceptedTasks acceptedTasks) {
		this.taskService = taskService;
		this.acceptedTasks = acceptedTasks;
	}

	public Mono<TaskView> find(Caller caller, UUID id) {
		String owner = caller.ownerScope();
		return this.taskService.findTask(id, owner)
			.map(TaskView::of)
			.switchIfEmpty(Mono.defer(() -> this.acceptedTasks.find(id, owner).map(TaskView::queued)))
			.switchIfEmpty(Mono.error(TaskNotFound::new));
	}

}
