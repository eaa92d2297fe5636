package io.taskwire.gateway.task;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Ids;
import io.taskwire.contracts.Traceparent;
import io.taskwire.contracts.command.TaskCreated;
import io.taskwire.gateway.auth.Caller;
import io.taskwire.gateway.problem.ServiceUnavailable;
import io.taskwire.gateway.problem.ValidationFailed;
import io.taskwire.gateway.problem.Violation;
import io.taskwire.gateway.tasktype.InputViolation;
import io.taskwire.gateway.tasktype.TaskType;
import io.taskwire.gateway.tasktype.TaskTypeRegistry;
import io.taskwire.support.kafka.EventPublisher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Accepts a task: checks its type and input, resolves its defaults, records it as
 * accepted, publishes {@code TaskCreated} and waits for the broker's acknowledgement
 * ({@code acks=all}). Only then is it accepted (202). When the broker does not
 * acknowledge in time the accepted row is removed again and the answer is 503: a 202
 * always means the task is durably in Kafka. Once started, acceptance runs to its end
 * even if the client goes away, so no row is left behind for a task never published.
 */
public class TaskSubmission {

	private static final Log logger = LogFactory.getLog(TaskSubmission.class);

	private static final String UNAVAILABLE = "Tasks cannot be accepted right now; try again later.";

	private final TaskTypeRegistry taskTypes;

	private final AcceptedTasks acceptedTasks;

	private final EventPublisher publisher;

	private final TaskProperties properties;

	private final Clock clock;

	public TaskSubmission(TaskTypeRegistry taskTypes, AcceptedTasks acceptedTasks, EventPublisher publisher,
			TaskProperties properties, Clock clock) {
		this.taskTypes = taskTypes;
		this.acceptedTasks = acceptedTasks;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Accepts a task.
	 * @param caller who submits it, its owner
	 * @param request what they asked for, already read
	 * @return the queued task, once {@code TaskCreated} is acknowledged
	 */
	public Mono<TaskView> submit(Caller caller, TaskRequest request) {
		return Mono.fromCallable(() -> accept(caller, request))
			.flatMap((acceptance) -> Mono.fromFuture(recordAndPublish(acceptance).toFuture(), true));
	}

	private Acceptance accept(Caller caller, TaskRequest request) {
		TaskType type = this.taskTypes.find(request.type())
			.orElseThrow(() -> new UnknownTaskType(this.taskTypes.names()));
		List<Violation> violations = new ArrayList<>();
		for (InputViolation violation : type.validate(request.input())) {
			violations.add(new Violation("/input" + violation.pointer(), "schema", violation.message()));
		}
		if (!violations.isEmpty()) {
			throw new ValidationFailed(violations);
		}
		String traceparent = Traceparent.newRoot();
		// milliseconds, as in the id: the 202 and every later view show the same time
		AcceptedTask accepted = new AcceptedTask(command(caller, request, type), Traceparent.traceId(traceparent),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		return new Acceptance(accepted, Envelope.of(accepted.command(), traceparent, this.clock));
	}

	private TaskCreated command(Caller caller, TaskRequest request, TaskType type) {
		UUID id = Ids.uuidV7(this.clock);
		int priority = firstOf(request.priority(), this.properties.defaultPriority());
		int timeoutSeconds = firstOf(request.timeoutSeconds(), type.defaultTimeoutSeconds(),
				(int) this.properties.defaultTimeout().toSeconds());
		int maxAttempts = firstOf(request.maxAttempts(), type.defaultMaxAttempts(),
				this.properties.defaultMaxAttempts());
		return new TaskCreated(id, caller.userId(), type.name(), request.input(), request.options(), priority,
				timeoutSeconds, request.deadline(), maxAttempts, caller.limits().concurrencyLimit(), request.metadata(),
				null, null, null);
	}

	private Mono<TaskView> recordAndPublish(Acceptance acceptance) {
		AcceptedTask accepted = acceptance.task();
		return this.acceptedTasks.insert(accepted)
			.onErrorMap((ex) -> new ServiceUnavailable(UNAVAILABLE, ex))
			.then(publish(acceptance.envelope()).onErrorResume((ex) -> forget(accepted, ex)))
			.thenReturn(TaskView.queued(accepted));
	}

	private Mono<Void> publish(Envelope<TaskCreated> envelope) {
		// KafkaTemplate.send may block for max.block.ms while it waits for metadata
		return this.publisher.publish(envelope)
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(this.properties.publishTimeout())
			.then();
	}

	private Mono<Void> forget(AcceptedTask accepted, Throwable cause) {
		ServiceUnavailable unavailable = new ServiceUnavailable(UNAVAILABLE, cause);
		return this.acceptedTasks.delete(accepted.id()).onErrorResume((ex) -> {
			logger.error("Task " + accepted.id() + " was not published, and its accepted row could not be removed; "
					+ "it shows as QUEUED until swept", ex);
			return Mono.empty();
		}).then(Mono.error(unavailable));
	}

	private static int firstOf(Integer requested, int fallback) {
		return (requested != null) ? requested : fallback;
	}

	private static int firstOf(Integer requested, Integer typeDefault, int fallback) {
		return (requested != null) ? requested : firstOf(typeDefault, fallback);
	}

	/**
	 * A task ready to be recorded and published.
	 *
	 * @param task the row to record
	 * @param envelope the {@code TaskCreated} to publish, with the task's new trace
	 * context
	 */
	private record Acceptance(AcceptedTask task, Envelope<TaskCreated> envelope) {
	}

}
