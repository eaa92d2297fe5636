package io.taskwire.support.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends a record that cannot be parsed or is invalid to {@code <topic>.DLT}, unchanged,
 * with the reason and its origin in headers. Only for bad records: infrastructure
 * failures are retried.
 */
public class DeadLetters {

	public static final String REASON_HEADER = "taskwire-dlt-reason";

	public static final String ORIGIN_HEADER = "taskwire-dlt-origin";

	private final KafkaTemplate<String, byte[]> kafkaTemplate;

	public DeadLetters(KafkaTemplate<String, byte[]> kafkaTemplate) {
		this.kafkaTemplate = kafkaTemplate;
	}

	public Mono<Void> send(ConsumerRecord<String, byte[]> record, String reason) {
		ProducerRecord<String, byte[]> deadLetter = new ProducerRecord<>(record.topic() + ".DLT", record.key(),
				record.value());
		for (Header header : record.headers()) {
			deadLetter.headers().add(header);
		}
		deadLetter.headers().add(REASON_HEADER, String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
		deadLetter.headers()
			.add(ORIGIN_HEADER, (record.topic() + "-" + record.partition() + "@" + record.offset())
				.getBytes(StandardCharsets.UTF_8));
		return Mono.fromFuture(() -> this.kafkaTemplate.send(deadLetter)).publishOn(Schedulers.parallel()).then();
	}

}
