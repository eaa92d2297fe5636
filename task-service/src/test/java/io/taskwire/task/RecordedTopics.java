package io.taskwire.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.context.SmartLifecycle;

/**
 * Records everything task-service sends (status, dispatches, orders) and every dead
 * letter, from the beginning of each topic, so tests can wait for what they expect.
 */
public class RecordedTopics implements SmartLifecycle {

	private final String bootstrapServers;

	private final TopicNames names;

	private final MessageCodec codec = new MessageCodec();

	private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();

	private volatile KafkaConsumer<String, byte[]> consumer;

	private volatile Thread thread;

	public RecordedTopics(String bootstrapServers, TopicNames names) {
		this.bootstrapServers = bootstrapServers;
		this.names = names;
	}

	/** The records of a topic with a key, in the order they arrived. */
	public List<ConsumerRecord<String, byte[]>> of(String topic, String key) {
		return this.records.stream().filter((r) -> r.topic().equals(topic) && Objects.equals(r.key(), key)).toList();
	}

	public List<ConsumerRecord<String, byte[]>> of(Topic topic, String key) {
		return of(this.names.of(topic), key);
	}

	public List<ConsumerRecord<String, byte[]>> deadLettersOf(Topic topic, String key) {
		return of(this.names.deadLetterOf(topic), key);
	}

	/** The decoded envelopes of a topic with a key. */
	public List<Envelope<Message>> envelopes(Topic topic, String key) {
		return of(topic, key).stream().map((r) -> this.codec.decode(r.value())).toList();
	}

	@Override
	public void start() {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed");
		this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : List.of(this.names.of(Topic.TASKS_STATUS), this.names.of(Topic.TASKS_DISPATCH),
				this.names.of(Topic.TASKS_CONTROL), this.names.deadLetterOf(Topic.TASKS_COMMANDS),
				this.names.deadLetterOf(Topic.TASKS_WORKER_EVENTS),
				this.names.deadLetterOf(Topic.WORKERS_HEARTBEATS))) {
			this.consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
		this.thread = new Thread(this::poll, "recorded-topics");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void poll() {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				this.consumer.poll(Duration.ofMillis(100)).forEach(this.records::add);
			}
		}
		catch (WakeupException ex) {
			// stopping
		}
		finally {
			this.consumer.close();
		}
	}

	@Override
	public void stop() {
		if (this.thread != null) {
			this.consumer.wakeup();
			this.thread.interrupt();
			this.thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
