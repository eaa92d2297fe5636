package io.taskwire.support.kafka;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.RecordHeaders;
import io.taskwire.contracts.TopicNames;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends envelopes to the topic of their message type, keyed as the contract says, with
 * the record headers consumers filter on. The returned {@link Mono} completes when the
 * broker has acknowledged the record ({@code acks=all}).
 */
public class EventPublisher {

	private final KafkaTemplate<String, byte[]> kafkaTemplate;

	private final MessageCodec codec;

	private final TopicNames topicNames;

	public EventPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, MessageCodec codec, TopicNames topicNames) {
		this.kafkaTemplate = kafkaTemplate;
		this.codec = codec;
		this.topicNames = topicNames;
	}

	public Mono<RecordMetadata> publish(Envelope<?> envelope) {
		return publish(envelope, null);
	}

	/**
	 * Sends an envelope to a chosen partition.
	 * @param envelope the envelope
	 * @param partition the partition, or {@code null} to partition by key
	 * @return the acknowledged record's metadata
	 */
	public Mono<RecordMetadata> publish(Envelope<?> envelope, Integer partition) {
		return Mono.fromFuture(() -> this.kafkaTemplate.send(toRecord(envelope, partition)))
			.map((result) -> result.getRecordMetadata())
			// off the producer's I/O thread: a send chained there would block the thread
			// it waits on
			.publishOn(Schedulers.parallel());
	}

	/** The template underneath, for tests that must send what no envelope can hold. */
	public KafkaTemplate<String, byte[]> kafkaTemplate() {
		return this.kafkaTemplate;
	}

	ProducerRecord<String, byte[]> toRecord(Envelope<?> envelope, Integer partition) {
		String topic = this.topicNames.of(envelope.messageType().topic());
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, envelope.payload().key(),
				this.codec.encode(envelope));
		RecordHeaders.of(envelope).forEach((name, value) -> record.headers().add(name, value));
		return record;
	}

}
