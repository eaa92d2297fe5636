package io.taskwire.task.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.support.kafka.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Turns a batch of records into envelopes of the family a topic carries, and applies
 * them. A record that cannot be parsed, is invalid, holds a message of another family, or
 * carries data the database refuses goes to the topic's DLT with the reason and is left
 * out; the rest keep their order. Any other failure is thrown, so the batch is retried.
 */
@Component
public class IncomingRecords {

	private static final Logger logger = LoggerFactory.getLogger(IncomingRecords.class);

	/** Keys applied at once; each holds a database connection while it is applied. */
	private static final int KEYS_IN_PARALLEL = 8;

	private final MessageCodec codec;

	private final DeadLetters deadLetters;

	public IncomingRecords(MessageCodec codec, DeadLetters deadLetters) {
		this.codec = codec;
		this.deadLetters = deadLetters;
	}

	/**
	 * Decodes a batch, dead-lettering what is invalid.
	 * @param <M> the family
	 * @param records the batch, in order
	 * @param family the sealed interface (or record) the topic carries
	 * @return the valid envelopes, in order, once every dead letter is acknowledged
	 */
	public <M extends Message> Mono<List<Received<M>>> accept(List<ConsumerRecord<String, byte[]>> records,
			Class<M> family) {
		return accept(records, family, (message) -> null);
	}

	/**
	 * Decodes a batch, dead-lettering what is invalid.
	 * @param <M> the family
	 * @param records the batch, in order
	 * @param family the sealed interface (or record) the topic carries
	 * @param problem what is wrong with a message beyond its shape, or {@code null}
	 * @return the valid envelopes, in order, once every dead letter is acknowledged
	 */
	public <M extends Message> Mono<List<Received<M>>> accept(List<ConsumerRecord<String, byte[]>> records,
			Class<M> family, Function<M, String> problem) {
		List<Received<M>> accepted = new ArrayList<>(records.size());
		List<Mono<Void>> deadLettered = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				Envelope<M> envelope = decode(record, family);
				String invalid = problem.apply(envelope.payload());
				if (invalid != null) {
					throw new InvalidMessage(invalid);
				}
				accepted.add(new Received<>(record, envelope));
			}
			catch (InvalidMessage ex) {
				deadLettered.add(deadLetter(record, ex.getMessage()));
			}
		}
		return Flux.concat(deadLettered).then(Mono.just(accepted));
	}

	/**
	 * Applies envelopes in order within each key (such as a task id) and concurrently
	 * across keys. One the database refuses is dead-lettered and the next one applied.
	 * @param <M> the family
	 * @param received the envelopes, in record order
	 * @param key what keeps an order
	 * @param apply what to do with one envelope
	 * @return completes when all are applied
	 */
	public <M extends Message> Mono<Void> applyInOrderPerKey(List<Received<M>> received, Function<M, Object> key,
			Function<Envelope<M>, Mono<Void>> apply) {
		return Flux.fromIterable(groupBy(received, key).values())
			.flatMap((group) -> Flux.fromIterable(group)
				.concatMap((one) -> apply.apply(one.envelope())
					.onErrorResume(RejectedByDatabase::rejects,
							(ex) -> deadLetter(one.record(), RejectedByDatabase.reason(ex)))),
					KEYS_IN_PARALLEL)
			.then();
	}

	/**
	 * Groups envelopes by a key (such as the task id), keeping the order within each
	 * group and the order of first appearance between groups.
	 * @param <M> the family
	 * @param <K> the key
	 * @param received the envelopes
	 * @param key what to group by
	 * @return the groups
	 */
	public static <M extends Message, K> Map<K, List<Received<M>>> groupBy(List<Received<M>> received,
			Function<M, K> key) {
		Map<K, List<Received<M>>> groups = new LinkedHashMap<>();
		for (Received<M> one : received) {
			groups.computeIfAbsent(key.apply(one.payload()), (k) -> new ArrayList<>()).add(one);
		}
		return groups;
	}

	private Mono<Void> deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
		logger.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
		return this.deadLetters.send(record, reason);
	}

	@SuppressWarnings("unchecked")
	private <M extends Message> Envelope<M> decode(ConsumerRecord<String, byte[]> record, Class<M> family) {
		Envelope<Message> envelope = this.codec.decode(record.value());
		if (!family.isInstance(envelope.payload())) {
			throw new InvalidMessage("message type " + envelope.type() + " does not belong on topic " + record.topic());
		}
		return (Envelope<M>) (Envelope<?>) envelope;
	}

}
