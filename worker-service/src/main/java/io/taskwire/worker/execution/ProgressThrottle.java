package io.taskwire.worker.execution;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Sends one attempt's progress at most once per interval. A report that comes too soon
 * waits; a newer one replaces it, and the one waiting is sent when the interval is up, so
 * the latest report always gets through. {@link #close()} sends what is waiting at once,
 * before the attempt's outcome is reported.
 * <p>
 * Sends happen under this object's lock, so reports leave in the order they were made.
 * Time comes from the given scheduler, so tests can move it virtually.
 */
final class ProgressThrottle {

	private final long intervalMillis;

	private final Scheduler scheduler;

	private final Consumer<ProgressUpdate> sender;

	private ProgressUpdate waiting;

	private long lastSentAt;

	private boolean sentAny;

	private Disposable scheduledSend;

	private boolean closed;

	ProgressThrottle(Duration interval, Scheduler scheduler, Consumer<ProgressUpdate> sender) {
		this.intervalMillis = interval.toMillis();
		this.scheduler = scheduler;
		this.sender = sender;
	}

	synchronized void offer(ProgressUpdate update) {
		if (this.closed) {
			return;
		}
		long now = now();
		if (this.scheduledSend == null && (!this.sentAny || now - this.lastSentAt >= this.intervalMillis)) {
			send(update, now);
			return;
		}
		this.waiting = update;
		if (this.scheduledSend == null) {
			this.scheduledSend = this.scheduler.schedule(this::sendWaiting, this.lastSentAt + this.intervalMillis - now,
					TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Sends the report still waiting, if any, and sends nothing after.
	 */
	synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		if (this.scheduledSend != null) {
			this.scheduledSend.dispose();
			this.scheduledSend = null;
		}
		if (this.waiting != null) {
			send(this.waiting, now());
			this.waiting = null;
		}
	}

	/**
	 * Forgets what is waiting without sending it: the attempt never started.
	 */
	synchronized void discard() {
		this.closed = true;
		this.waiting = null;
		if (this.scheduledSend != null) {
			this.scheduledSend.dispose();
		}
	}

	private synchronized void sendWaiting() {
		this.scheduledSend = null;
		if (!this.closed && this.waiting != null) {
			send(this.waiting, now());
			this.waiting = null;
		}
	}

	private void send(ProgressUpdate update, long now) {
		this.sentAny = true;
		this.lastSentAt = now;
		this.sender.accept(update);
	}

	private long now() {
		return this.scheduler.now(TimeUnit.MILLISECONDS);
	}

}
