package io.taskwire.gateway.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import org.springframework.context.SmartLifecycle;

/**
 * Reads every partition of one topic on a thread of its own and hands each record to a
 * {@link RecordHandler}, for as long as the application runs. It starts either at the
 * beginning (a compacted registry read whole into memory) or at the end (live events
 * only), and says when it has {@linkplain #isCaughtUp() caught up}: with the end offsets
 * it saw at start-up when reading from the beginning, or once its positions are fixed
 * when reading from the end. An unreachable broker or a missing topic is retried for as
 * long as it lasts.
 */
public class TopicFollower implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(TopicFollower.class);

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

	private final String name;

	private final Map<String, Object> consumerConfig;

	private final String topic;

	private final StartAt startAt;

	private final RecordHandler handler;

	private final FeedProperties properties;

	private volatile boolean running;

	private volatile boolean caughtUp;

	private volatile Consumer<String, byte[]> consumer;

	/**
	 * The next offset to hand over, per partition; only the follower's thread uses it.
	 */
	private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();

	private Thread thread;

	/** Counted down on stop, so that a follower waiting to retry stops at once. */
	private volatile CountDownLatch stopped = new CountDownLatch(1);

	/**
	 * Creates a follower.
	 * @param name a short name, for the thread, the client id and the log
	 * @param consumerConfig the consumer settings (deserializers for String keys and
	 * byte[] values); any group id is dropped
	 * @param topic the topic to follow
	 * @param startAt where to start
	 * @param handler what to do with each record
	 * @param properties poll timeout and retry backoff
	 */
	public TopicFollower(String name, Map<String, Object> consumerConfig, String topic, StartAt startAt,
			RecordHandler handler, FeedProperties properties) {
		this.name = name;
		this.consumerConfig = followerConfig(name, consumerConfig);
		this.topic = Objects.requireNonNull(topic, "topic");
		this.startAt = startAt;
		this.handler = handler;
		this.properties = properties;
	}

	/**
	 * Whether everything that was in the topic at start-up has been handed over (from the
	 * beginning), or the follower is positioned so that it misses nothing published from
	 * now on (from the end).
	 * @return whether caught up
	 */
	public boolean isCaughtUp() {
		return this.caughtUp;
	}

	public String topic() {
		return this.topic;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.stopped = new CountDownLatch(1);
		this.thread = new Thread(this::run, "follow-" + this.name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		Thread follower;
		synchronized (this) {
			if (!this.running) {
				return;
			}
			this.running = false;
			follower = this.thread;
		}
		this.stopped.countDown();
		// wake the consumer rather than interrupt the thread:
		// an interrupted consumer cannot close cleanly
		Consumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		try {
			follower.join(Duration.ofSeconds(10).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		while (this.running) {
			KafkaConsumer<String, byte[]> kafkaConsumer = new KafkaConsumer<>(this.consumerConfig);
			this.consumer = kafkaConsumer;
			if (!this.running) {
				// stop() came before it could see this consumer
				kafkaConsumer.wakeup();
			}
			try {
				follow(kafkaConsumer);
			}
			catch (WakeupException ex) {
				// stopping
			}
			catch (RuntimeException ex) {
				if (this.running) {
					logger.warn("Following " + this.topic + " failed, starting over: " + ex);
					pause();
				}
			}
			finally {
				this.consumer = null;
				kafkaConsumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
			}
		}
	}

	private void follow(KafkaConsumer<String, byte[]> kafkaConsumer) {
		Map<TopicPartition, Long> target = null;
		while (this.running && target == null) {
			target = assign(kafkaConsumer);
			if (target == null) {
				pause();
			}
		}
		while (this.running) {
			for (ConsumerRecord<String, byte[]> record : kafkaConsumer.poll(this.properties.pollTimeout())) {
				handle(record);
				this.nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
			}
			if (!this.caughtUp && reached(kafkaConsumer, target)) {
				this.caughtUp = true;
				logger.info("Caught up with " + this.topic);
			}
		}
	}

	/**
	 * Assigns every partition and seeks to the start position, or, when following again
	 * after a failure, to where it left off, so that nothing is skipped.
	 * @return the offsets to reach before being caught up, or {@code null} when the topic
	 * cannot be seen yet
	 */
	private Map<TopicPartition, Long> assign(KafkaConsumer<String, byte[]> kafkaConsumer) {
		try {
			List<PartitionInfo> partitions = kafkaConsumer.partitionsFor(this.topic);
			if (partitions == null || partitions.isEmpty()) {
				logger.debug("Topic " + this.topic + " has no partitions yet");
				return null;
			}
			List<TopicPartition> assignment = partitions.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			kafkaConsumer.assign(assignment);
			for (TopicPartition partition : assignment) {
				Long next = this.nextOffsets.get(partition);
				if (next != null) {
					kafkaConsumer.seek(partition, next);
				}
				else if (this.startAt == StartAt.BEGINNING) {
					kafkaConsumer.seekToBeginning(List.of(partition));
				}
				else {
					kafkaConsumer.seekToEnd(List.of(partition));
				}
			}
			Map<TopicPartition, Long> target = new HashMap<>();
			if (this.startAt == StartAt.BEGINNING) {
				target.putAll(kafkaConsumer.endOffsets(assignment));
			}
			else {
				assignment.forEach((partition) -> target.put(partition, kafkaConsumer.position(partition)));
			}
			return target;
		}
		catch (org.apache.kafka.common.errors.TimeoutException ex) {
			logger.debug("Topic " + this.topic + " cannot be described yet: " + ex.getMessage());
			return null;
		}
	}

	private static boolean reached(KafkaConsumer<String, byte[]> kafkaConsumer, Map<TopicPartition, Long> target) {
		for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
			if (kafkaConsumer.position(end.getKey()) < end.getValue()) {
				return false;
			}
		}
		return true;
	}

	private void handle(ConsumerRecord<String, byte[]> record) {
		try {
			this.handler.handle(record);
		}
		catch (RuntimeException ex) {
			logger.warn("Skipped " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + ex);
		}
	}

	private void pause() {
		try {
			this.stopped.await(this.properties.retryBackoff().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static Map<String, Object> followerConfig(String name, Map<String, Object> base) {
		Map<String, Object> config = new HashMap<>(base);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
		config.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-follow-" + name);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				org.apache.kafka.common.serialization.StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
				org.apache.kafka.common.serialization.ByteArrayDeserializer.class);
		return config;
	}

	/** Where a follower starts reading. */
	public enum StartAt {

		/** Everything still in the topic, then what comes. */
		BEGINNING,
		/** Only what is published from start-up on. */
		END

	}

	/**
	 * Handles one record on the follower's thread. It must not block for long: every
	 * record of the topic waits behind it. An exception skips the record (logged).
	 */
	@FunctionalInterface
	public interface RecordHandler {

		void handle(ConsumerRecord<String, byte[]> record);

	}

}
