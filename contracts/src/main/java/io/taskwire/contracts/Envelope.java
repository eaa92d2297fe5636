package io.taskwire.contracts;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: a unique event id, the stable message type, its schema
 * version, when it happened, the W3C trace context and the payload.
 *
 * @param <M> the payload type
 * @param eventId UUIDv7 of this event; consumers use it to drop duplicates
 * @param type the stable wire name, such as {@code task.created}
 * @param schemaVersion the payload's schema version
 * @param occurredAt when the producer made the event
 * @param traceparent W3C trace context of the work this event belongs to
 * @param payload the message
 */
public record Envelope<M extends Message>(UUID eventId, String type, int schemaVersion, Instant occurredAt,
		String traceparent, M payload) {

	public Envelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(traceparent, "traceparent");
		Objects.requireNonNull(payload, "payload");
	}

	/**
	 * Wraps a payload in a new envelope stamped by the given clock.
	 * @param <M> the payload type
	 * @param payload the message
	 * @param traceparent the trace context to carry
	 * @param clock the clock that says when it happened
	 * @return the envelope
	 */
	public static <M extends Message> Envelope<M> of(M payload, String traceparent, Clock clock) {
		MessageType messageType = MessageType.of(payload);
		return new Envelope<>(Ids.uuidV7(clock), messageType.wireName(), messageType.schemaVersion(), clock.instant(),
				traceparent, payload);
	}

	public MessageType messageType() {
		return MessageType.of(this.payload);
	}

}
