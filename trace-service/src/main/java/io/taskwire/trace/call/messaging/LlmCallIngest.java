package io.taskwire.trace.call.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.taskwire.contracts.InvalidMessage;
import io.taskwire.support.kafka.DeadLetters;
import io.taskwire.trace.call.LlmCall;
import io.taskwire.trace.call.LlmCalls;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Stores a batch of {@code llm.calls} records: the valid ones in one transaction, each
 * call once; the invalid ones to {@code llm.calls.DLT}. The calls are stored first, so
 * that a database failure, which retries the whole batch, sends no dead letter twice.
 */
@Component
class LlmCallIngest {

	private static final Logger logger = LoggerFactory.getLogger(LlmCallIngest.class);

	private final CallRecordReader reader;

	private final LlmCalls calls;

	private final DeadLetters deadLetters;

	private final Clock clock;

	LlmCallIngest(CallRecordReader reader, LlmCalls calls, DeadLetters deadLetters, Clock clock) {
		this.reader = reader;
		this.calls = calls;
		this.deadLetters = deadLetters;
		this.clock = clock;
	}

	Mono<Void> ingest(List<ConsumerRecord<String, byte[]>> records) {
		Instant recordedAt = this.clock.instant();
		List<LlmCall> valid = new ArrayList<>(records.size());
		List<Rejected> rejected = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				valid.add(this.reader.read(record, recordedAt));
			}
			catch (InvalidMessage ex) {
				rejected.add(new Rejected(record, ex.getMessage()));
			}
		}
		return this.calls.storeAll(valid)
			.doOnNext((stored) -> logStored(valid.size(), stored))
			.thenMany(Flux.fromIterable(rejected))
			.concatMap((record) -> record.sendTo(this.deadLetters))
			.then();
	}

	private void logStored(int calls, long stored) {
		if (stored < calls) {
			logger.debug("Stored {} of {} calls; the others were already stored or their task was deleted", stored,
					calls);
		}
	}

}
