package io.taskwire.task.support;

import org.springframework.stereotype.Component;

/**
 * The wake-up signals of the loops that react to commits: the dispatcher (a task was
 * queued, a slot freed, a worker beat) and the outbox publisher (timeline rows were
 * committed).
 */
@Component
public class Wakeups {

	private final Wakeup dispatcher = new Wakeup();

	private final Wakeup outbox = new Wakeup();

	public Wakeup dispatcher() {
		return this.dispatcher;
	}

	public Wakeup outbox() {
		return this.outbox;
	}

}
