package io.taskwire.gateway.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.taskwire.testsupport.infra.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Following a topic on the real broker.
 */
class TopicFollowerIntegrationTests {

	private final String bootstrap = TestInfrastructure.get().kafkaBootstrapServers();

	private final String topic = "follow-" + UUID.randomUUID();

	private final List<String> handled = new CopyOnWriteArrayList<>();

	private final FeedProperties properties = new FeedProperties(Duration.ofMillis(100), Duration.ofMillis(100));

	private TopicFollower follower;

	@AfterEach
	void stop() {
		if (this.follower != null) {
			this.follower.stop();
		}
	}

	@Test
	void isNotCaughtUpUntilEverythingAlreadyInTheTopicIsHandled() throws Exception {
		createTopic(3);
		send("a", "b", "c", "d");
		CountDownLatch handling = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.follower = follower(TopicFollower.StartAt.BEGINNING, (record) -> {
			handling.countDown();
			waitFor(release);
			this.handled.add(new String(record.value()));
		});
		TopicFollowerHealthIndicator health = new TopicFollowerHealthIndicator(this.follower, Map::of);
		this.follower.start();
		assertThat(handling.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.follower.isCaughtUp()).isFalse();
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

		release.countDown();
		await().atMost(Duration.ofSeconds(30)).until(this.follower::isCaughtUp);
		assertThat(Set.copyOf(this.handled)).containsExactlyInAnyOrder("a", "b", "c", "d");
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);

		send("e");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.handled.contains("e"));
	}

	@Test
	void fromTheEndHandsOverOnlyWhatIsPublishedOnceItIsPositioned() throws Exception {
		createTopic(2);
		send("before");
		this.follower = follower(TopicFollower.StartAt.END, (record) -> this.handled.add(new String(record.value())));
		this.follower.start();
		await().atMost(Duration.ofSeconds(30)).until(this.follower::isCaughtUp);
		send("after");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.handled.contains("after"));
		assertThat(this.handled).containsExactly("after");
	}

	@Test
	void waitsForATopicThatDoesNotExistYet() throws Exception {
		this.follower = follower(TopicFollower.StartAt.BEGINNING,
				(record) -> this.handled.add(new String(record.value())));
		this.follower.start();
		assertThat(this.follower.isCaughtUp()).isFalse();
		createTopic(1);
		send("late");
		await().atMost(Duration.ofSeconds(30)).until(() -> this.handled.contains("late"));
		await().atMost(Duration.ofSeconds(30)).until(this.follower::isCaughtUp);
	}

	@Test
	void skipsARecordItsHandlerCannotHandle() throws Exception {
		createTopic(1);
		send("bad", "good");
		this.follower = follower(TopicFollower.StartAt.BEGINNING, (record) -> {
			if ("bad".equals(new String(record.value()))) {
				throw new IllegalArgumentException("cannot handle");
			}
			this.handled.add(new String(record.value()));
		});
		this.follower.start();
		await().atMost(Duration.ofSeconds(30)).until(this.follower::isCaughtUp);
		assertThat(this.handled).containsExactly("good");
	}

	private TopicFollower follower(TopicFollower.StartAt startAt, TopicFollower.RecordHandler handler) {
		return new TopicFollower("test", Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "ignored"), this.topic, startAt, handler, this.properties);
	}

	private void createTopic(int partitions) throws Exception {
		try (AdminClient admin = AdminClient
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			admin.createTopics(List.of(new NewTopic(this.topic, partitions, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
	}

	private void send(String... values) throws Exception {
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap), new StringSerializer(),
				new ByteArraySerializer())) {
			for (String value : values) {
				producer.send(new ProducerRecord<>(this.topic, value, value.getBytes())).get();
			}
		}
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
