package io.taskwire.trace.call.messaging;

import java.time.Duration;
import java.util.List;

import io.taskwire.trace.call.TraceProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code llm.calls} in batches. The container thread waits for each batch to be
 * stored (it is the blocking boundary, like {@code main}), so offsets are committed only
 * after the database commit; a database failure propagates and the error handler retries
 * the batch for as long as the failure lasts.
 */
@Component
class LlmCallListener {

	private static final Logger logger = LoggerFactory.getLogger(LlmCallListener.class);

	private final LlmCallIngest ingest;

	private final Duration timeout;

	LlmCallListener(LlmCallIngest ingest, TraceProperties properties) {
		this.ingest = ingest;
		this.timeout = properties.batchTimeout();
	}

	@KafkaListener(id = "trace-llm-calls", idIsGroup = false,
			topics = "#{@topicNames.of(T(io.taskwire.contracts.Topic).LLM_CALLS)}", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		try {
			this.ingest.ingest(records).block(this.timeout);
		}
		catch (RuntimeException ex) {
			// the error handler retries the batch; say why, once per attempt
			logger.warn("Applying {} calls failed, will retry: {}", records.size(), ex.toString());
			throw ex;
		}
	}

}
