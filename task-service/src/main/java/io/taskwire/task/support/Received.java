package io.taskwire.task.support;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A decoded envelope with the record it came in, so that it can still be dead-lettered
 * when the database refuses what it carries.
 *
 * @param <M> the message family
 * @param record the record as consumed
 * @param envelope its envelope
 */
public record Received<M extends Message>(ConsumerRecord<String, byte[]> record, Envelope<M> envelope) {

	public M payload() {
		return this.envelope.payload();
	}

}
