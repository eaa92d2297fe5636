package io.taskwire.gateway.task.events;

import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.status.StatusEvent;
import reactor.core.publisher.Mono;

/**
 * Where a task's timeline so far comes from (task-service).
 */
@FunctionalInterface
public interface TimelineSource {

	/**
	 * A task's timeline entries after a sequence number, in order.
	 * @param taskId the task
	 * @param owner the owner to scope to, or {@code null} for any owner
	 * @param afterSeq only entries with a greater sequence number
	 * @return the entries; empty when the task is not recorded (yet)
	 */
	Mono<List<Envelope<StatusEvent>>> timeline(UUID taskId, String owner, long afterSeq);

}
