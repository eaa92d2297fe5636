package io.taskwire.worker.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.RecordHeaders;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

/**
 * A producer interceptor that logs, in one sequence, when each record is handed to the
 * producer and when the broker acknowledged one. It lets a test prove that one record was
 * acknowledged before another was even sent. Configured through
 * {@code spring.kafka.producer.properties.interceptor.classes}.
 */
public class SendLog implements ProducerInterceptor<String, byte[]> {

	private static final List<Entry> entries = new ArrayList<>();

	@Override
	public ProducerRecord<String, byte[]> onSend(ProducerRecord<String, byte[]> record) {
		Header type = record.headers().lastHeader(RecordHeaders.EVENT_TYPE);
		add(new Entry(Kind.SENT, record.topic(), -1, -1, record.key(),
				(type != null) ? new String(type.value(), StandardCharsets.UTF_8) : null));
		return record;
	}

	@Override
	public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
		if (exception == null && metadata != null) {
			add(new Entry(Kind.ACKNOWLEDGED, metadata.topic(), metadata.partition(), metadata.offset(), null, null));
		}
	}

	@Override
	public void close() {
	}

	@Override
	public void configure(Map<String, ?> configs) {
	}

	private static synchronized void add(Entry entry) {
		entries.add(entry);
	}

	/**
	 * Where in the log a record was first handed to a producer.
	 * @param topic the topic
	 * @param key the record key
	 * @param eventType the event type header
	 * @return the position, or -1
	 */
	public static synchronized int sentAt(String topic, String key, String eventType) {
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (entry.kind == Kind.SENT && entry.topic.equals(topic) && key.equals(entry.key)
					&& eventType.equals(entry.eventType)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Where in the log the broker acknowledged a record.
	 * @param topic the topic
	 * @param partition the partition
	 * @param offset the offset
	 * @return the position, or -1
	 */
	public static synchronized int acknowledgedAt(String topic, int partition, long offset) {
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			if (entry.kind == Kind.ACKNOWLEDGED && entry.topic.equals(topic) && entry.partition == partition
					&& entry.offset == offset) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * How many records with a key were handed to a producer for a topic.
	 * @param topic the topic
	 * @param key the key
	 * @return the count
	 */
	public static synchronized long sentWithKey(String topic, String key) {
		return entries.stream()
			.filter((entry) -> entry.kind == Kind.SENT && entry.topic.equals(topic) && key.equals(entry.key))
			.count();
	}

	/**
	 * How many records of a type with a key were handed to a producer for a topic.
	 * @param topic the topic
	 * @param key the key
	 * @param eventType the event type header
	 * @return the count
	 */
	public static synchronized long sent(String topic, String key, String eventType) {
		return entries.stream()
			.filter((entry) -> entry.kind == Kind.SENT && entry.topic.equals(topic) && key.equals(entry.key)
					&& eventType.equals(entry.eventType))
			.count();
	}

	private enum Kind {

		SENT, ACKNOWLEDGED

	}

	private record Entry(Kind kind, String topic, int partition, long offset, String key, String eventType) {

	}

}
