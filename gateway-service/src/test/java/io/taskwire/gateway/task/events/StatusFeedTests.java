package io.taskwire.gateway.task.events;

import java.util.UUID;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.TaskStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class StatusFeedTests {

	private final MessageCodec codec = new MessageCodec();

	private final StatusFeed feed = new StatusFeed(this.codec, 4);

	@Test
	void routesEachEventToTheStreamsOfItsTask() {
		UUID watched = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		LiveSubscription first = this.feed.subscribe(watched);
		LiveSubscription second = this.feed.subscribe(watched);
		this.feed.handle(record(other.toString(),
				this.codec.encode(StatusEvents.of(other, "bob").changed(1, null, TaskStatus.QUEUED))));
		this.feed.handle(record(watched.toString(),
				this.codec.encode(StatusEvents.of(watched, "alice").changed(1, null, TaskStatus.QUEUED))));
		first.close();
		second.close();
		StepVerifier.create(first.events().map((event) -> event.payload().taskId()))
			.expectNext(watched)
			.thenCancel()
			.verify();
		StepVerifier.create(second.events().map((event) -> event.payload().taskId()))
			.expectNext(watched)
			.thenCancel()
			.verify();
		assertThat(this.feed.subscriberCount()).isZero();
	}

	@Test
	void neverParsesARecordNoStreamWatches() {
		assertThatNoException()
			.isThrownBy(() -> this.feed.handle(record(UUID.randomUUID().toString(), new byte[] { 1, 2, 3 })));
	}

	@Test
	void ignoresUnreadableRecordsAndRecordsKeyedForAnotherTask() {
		UUID watched = UUID.randomUUID();
		LiveSubscription subscription = this.feed.subscribe(watched);
		this.feed.handle(record(watched.toString(), "{not json".getBytes()));
		this.feed.handle(record(watched.toString(), null));
		this.feed.handle(record(watched.toString(),
				this.codec.encode(StatusEvents.of(UUID.randomUUID(), "bob").changed(1, null, TaskStatus.QUEUED))));
		this.feed.handle(record(watched.toString(),
				this.codec.encode(StatusEvents.of(watched, "alice").changed(1, null, TaskStatus.QUEUED))));
		StepVerifier.create(subscription.events().map((event) -> event.payload().taskId()))
			.expectNext(watched)
			.thenCancel()
			.verify();
		subscription.close();
	}

	@Test
	void endsEveryOpenStreamWhenStoppedAndEachNewOneAtOnce() {
		UUID watched = UUID.randomUUID();
		LiveSubscription open = this.feed.subscribe(watched);
		this.feed.stop();
		StepVerifier.create(open.events()).verifyComplete();
		StepVerifier.create(this.feed.subscribe(UUID.randomUUID()).events()).verifyComplete();
		assertThat(this.feed.isRunning()).isFalse();
	}

	@Test
	void countsTheStreamsItDrops() {
		UUID watched = UUID.randomUUID();
		this.feed.subscribe(watched);
		for (int seq = 1; seq <= 9; seq++) {
			this.feed.handle(record(watched.toString(),
					this.codec.encode(StatusEvents.of(watched, "alice").progress(seq, seq))));
		}
		assertThat(this.feed.droppedCount()).isOne();
		assertThat(this.feed.subscriberCount()).isZero();
	}

	private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
		return new ConsumerRecord<>("tasks.status", 0, 0, key, value);
	}

}
