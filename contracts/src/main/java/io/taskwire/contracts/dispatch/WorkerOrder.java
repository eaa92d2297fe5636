package io.taskwire.contracts.dispatch;

import java.util.UUID;

import io.taskwire.contracts.Message;

/**
 * An order from task-service to a worker about one attempt of a task; the attempt number
 * is the fencing token.
 */
public sealed interface WorkerOrder extends Message permits TaskDispatched, CancelAttempt {

	UUID taskId();

	int attempt();

}
