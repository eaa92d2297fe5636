package io.taskwire.task.lifecycle;

import java.util.ArrayList;
import java.util.List;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.dispatch.CancelAttempt;

/**
 * What must happen once a change is committed, never before: orders to workers, and
 * waking the loops that have new work.
 *
 * @param orders {@code CancelAttempt} orders to publish
 * @param wakeDispatcher whether a task was queued or a slot freed
 * @param wakeOutbox whether timeline rows were written
 */
public record Effects(List<Envelope<CancelAttempt>> orders, boolean wakeDispatcher, boolean wakeOutbox) {

	public static final Effects NONE = new Effects(List.of(), false, false);

	public Effects {
		orders = List.copyOf(orders);
	}

	public Effects and(Effects other) {
		List<Envelope<CancelAttempt>> all = new ArrayList<>(this.orders);
		all.addAll(other.orders);
		return new Effects(all, this.wakeDispatcher || other.wakeDispatcher, this.wakeOutbox || other.wakeOutbox);
	}

}
