package io.taskwire.trace.call.messaging;

import io.taskwire.support.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * A record that cannot be applied, and why; it goes to its topic's dead-letter topic.
 *
 * @param record the record, sent on unchanged
 * @param reason what is wrong with it
 */
record Rejected(ConsumerRecord<String, byte[]> record, String reason) {

	private static final Logger logger = LoggerFactory.getLogger(Rejected.class);

	Mono<Void> sendTo(DeadLetters deadLetters) {
		// the log names the fault, never the content, which may hold what redaction is
		// for
		logger.warn("Dead-lettering {}-{}@{}: {}", this.record.topic(), this.record.partition(), this.record.offset(),
				this.reason);
		return deadLetters.send(this.record, this.reason);
	}

}
