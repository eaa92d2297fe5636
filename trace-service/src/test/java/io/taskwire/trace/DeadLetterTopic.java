package io.taskwire.trace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads a dead-letter topic from its beginning, for tests that expect a record there.
 */
public final class DeadLetterTopic implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

	public DeadLetterTopic(String bootstrapServers, String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
				new StringDeserializer(), new ByteArrayDeserializer());
		List<TopicPartition> partitions = this.consumer.partitionsFor(topic)
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		this.consumer.assign(partitions);
		this.consumer.seekToBeginning(partitions);
	}

	/**
	 * Waits for the first dead letter with the given key.
	 * @param key the record key
	 * @return the dead letter
	 */
	public ConsumerRecord<String, byte[]> awaitFirstWithKey(String key) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> poll(key), Optional::isPresent).orElseThrow();
	}

	private Optional<ConsumerRecord<String, byte[]>> poll(String key) {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		return this.seen.stream().filter((record) -> key.equals(record.key())).findFirst();
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
