package io.taskwire.worker.execution;

import java.time.Duration;

import io.taskwire.contracts.dispatch.TaskDispatched;
import io.taskwire.worker.WorkerIdentity;
import io.taskwire.worker.WorkerProperties;
import io.taskwire.worker.llm.LlmCallRecorder;
import io.taskwire.worker.tasktype.RegisteredTaskType;

import org.springframework.stereotype.Component;

/**
 * Builds attempts with what every attempt shares: the worker id, the event publisher,
 * failure classification, LLM recording and the progress interval.
 */
@Component
class AttemptFactory {

	private final WorkerIdentity identity;

	private final AttemptEvents events;

	private final FailureClassifier failures;

	private final LlmCallRecorder llm;

	private final Duration progressInterval;

	AttemptFactory(WorkerIdentity identity, AttemptEvents events, FailureClassifier failures, LlmCallRecorder llm,
			WorkerProperties properties) {
		this.identity = identity;
		this.events = events;
		this.failures = failures;
		this.llm = llm;
		this.progressInterval = properties.progressInterval();
	}

	Attempt create(TaskDispatched dispatch, RegisteredTaskType type, String traceparent, Attempt.Listener listener) {
		return new Attempt(dispatch, type, traceparent, listener, this);
	}

	String workerId() {
		return this.identity.id();
	}

	AttemptEvents events() {
		return this.events;
	}

	FailureClassifier failures() {
		return this.failures;
	}

	LlmCallRecorder llm() {
		return this.llm;
	}

	Duration progressInterval() {
		return this.progressInterval;
	}

}
