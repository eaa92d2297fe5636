package io.taskwire.worker.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.worker.WorkerEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads whole topics from the beginning on a thread of its own and keeps every record, so
 * tests can wait for what the worker published, in partition order.
 */
public final class TopicRecorder implements AutoCloseable {

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final MessageCodec codec = new MessageCodec();

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread thread;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean closing;

	public TopicRecorder(String bootstrapServers, Collection<String> topics) {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			this.consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
		this.thread = new Thread(this::poll, "topic-recorder");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void poll() {
		try {
			while (!this.closing) {
				this.consumer.poll(Duration.ofMillis(100)).forEach((record) -> this.received.add(received(record)));
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close(Duration.ofSeconds(1));
			this.stopped.countDown();
		}
	}

	private Received received(ConsumerRecord<String, byte[]> record) {
		Envelope<Message> envelope;
		try {
			envelope = this.codec.decode(record.value());
		}
		catch (InvalidMessage ex) {
			envelope = null;
		}
		return new Received(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
				header(record, "taskwire-dlt-reason"), envelope);
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * Every record of a topic, in the order read (partition order per partition).
	 * @param topic the topic's full name
	 * @return the records
	 */
	public List<Received> of(String topic) {
		return this.received.stream().filter((record) -> record.topic().equals(topic)).toList();
	}

	/**
	 * The payloads of one type on a topic.
	 * @param <M> the payload type
	 * @param topic the topic's full name
	 * @param type the payload type
	 * @return the payloads, in order read
	 */
	public <M extends Message> List<M> payloads(String topic, Class<M> type) {
		return of(topic).stream()
			.filter((record) -> record.envelope() != null && type.isInstance(record.envelope().payload()))
			.map((record) -> type.cast(record.envelope().payload()))
			.toList();
	}

	/**
	 * One task's worker events, in the order they were published (one task's events share
	 * a partition).
	 * @param topic the full name of {@code tasks.worker-events}
	 * @param taskId the task
	 * @return the events
	 */
	public List<WorkerEvent> eventsOf(String topic, UUID taskId) {
		return payloads(topic, WorkerEvent.class).stream().filter((event) -> event.taskId().equals(taskId)).toList();
	}

	@Override
	public void close() throws InterruptedException {
		this.closing = true;
		this.consumer.wakeup();
		this.stopped.await(5, TimeUnit.SECONDS);
	}

	/**
	 * A record as read.
	 *
	 * @param topic its topic
	 * @param partition its partition
	 * @param offset its offset
	 * @param key its key
	 * @param value its value
	 * @param deadLetterReason the reason header of a dead letter, or {@code null}
	 * @param envelope the decoded envelope, or {@code null} when it is not one
	 */
	public record Received(String topic, int partition, long offset, String key, byte[] value, String deadLetterReason,
			Envelope<Message> envelope) {

	}

}
