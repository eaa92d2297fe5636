package io.taskwire.gateway.tasktype;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.gateway.feed.TopicFollower;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies records of {@code tasks.types} to the registry: a registration replaces the
 * type's previous one, a tombstone removes the type. A record that cannot be read, or
 * whose schema is unusable, is logged and skipped rather than dead-lettered: every
 * gateway instance reads the whole topic on every start, so each would dead-letter the
 * same record again and again.
 */
class TaskTypeRecords implements TopicFollower.RecordHandler {

	private static final Log logger = LogFactory.getLog(TaskTypeRecords.class);

	private final TaskTypeRegistry registry;

	private final MessageCodec codec;

	TaskTypeRecords(TaskTypeRegistry registry, MessageCodec codec) {
		this.registry = registry;
		this.codec = codec;
	}

	@Override
	public void handle(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			if (record.key() != null) {
				this.registry.remove(record.key());
			}
			return;
		}
		try {
			Envelope<Message> envelope = this.codec.decode(record.value());
			if (!(envelope.payload() instanceof TaskTypeRegistered registration)) {
				throw new InvalidMessage("not a task type registration: " + envelope.type());
			}
			this.registry.register(registration);
		}
		catch (InvalidMessage | IllegalArgumentException ex) {
			logger.warn("Ignored task type record " + record.topic() + "-" + record.partition() + "@" + record.offset()
					+ " (key " + record.key() + "): " + ex.getMessage());
		}
	}

}
