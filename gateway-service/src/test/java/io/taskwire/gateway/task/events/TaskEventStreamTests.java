package io.taskwire.gateway.task.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.status.StatusEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static io.taskwire.contracts.TaskStatus.QUEUED;
import static io.taskwire.contracts.TaskStatus.RUNNING;
import static io.taskwire.contracts.TaskStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

class TaskEventStreamTests {

	private final MessageCodec codec = new MessageCodec();

	private final StatusFeed feed = new StatusFeed(this.codec, 8);

	private final UUID taskId = UUID.randomUUID();

	private final StatusEvents events = StatusEvents.of(this.taskId, "alice");

	private final FakeTimelines timelines = new FakeTimelines();

	private final TaskEventStream stream = new TaskEventStream(this.feed, this.timelines);

	@Test
	void sendsTheTimelineThenLiveEventsAndEndsAfterTheTerminalOne() {
		this.timelines.put(this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING));
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, false).map(this::seq))
			.expectNext(1L, 2L)
			.then(() -> live(this.events.progress(3, 50)))
			.expectNext(3L)
			.then(() -> live(this.events.changed(4, RUNNING, SUCCEEDED)))
			.expectNext(4L)
			.verifyComplete();
		assertThat(this.feed.subscriberCount()).isZero();
	}

	@Test
	void dropsLiveEventsTheTimelineAlreadyHad() {
		Sinks.One<List<Envelope<StatusEvent>>> slowTimeline = Sinks.one();
		this.timelines.respondWith(slowTimeline.asMono());
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, false).map(this::seq)).then(() -> {
			// published while the timeline is still being fetched: both in it and live
			live(this.events.changed(1, null, QUEUED));
			live(this.events.changed(2, QUEUED, RUNNING));
			slowTimeline
				.tryEmitValue(List.of(this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING)));
		})
			.expectNext(1L, 2L)
			.then(() -> live(this.events.changed(2, QUEUED, RUNNING)))
			.then(() -> live(this.events.changed(3, RUNNING, SUCCEEDED)))
			.expectNext(3L)
			.verifyComplete();
	}

	@Test
	void attachesToTheLiveFeedBeforeFetchingTheTimeline() {
		this.timelines.onFetch(() -> assertThat(this.feed.subscriberCount()).isEqualTo(1));
		this.timelines.put(this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, SUCCEEDED));
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, false).map(this::seq))
			.expectNext(1L, 2L)
			.verifyComplete();
		assertThat(this.timelines.fetches()).isEqualTo(1);
	}

	@Test
	void fetchesWhatIsMissingWhenALiveEventArrivesAfterAGap() {
		this.timelines.put(this.events.changed(1, null, QUEUED));
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, false).map(this::seq))
			.expectNext(1L)
			.then(() -> {
				this.timelines.put(this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING),
						this.events.progress(3, 10));
				live(this.events.progress(4, 20));
			})
			.expectNext(2L, 3L, 4L)
			.then(() -> live(this.events.changed(5, RUNNING, SUCCEEDED)))
			.expectNext(5L)
			.verifyComplete();
	}

	@Test
	void resumesAfterTheLastEventTheClientHas() {
		this.timelines.put(this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, RUNNING),
				this.events.progress(3, 10));
		StepVerifier.create(this.stream.events(this.taskId, "alice", 2, false).map(this::seq))
			.expectNext(3L)
			.then(() -> live(this.events.changed(3, RUNNING, RUNNING)))
			.then(() -> live(this.events.changed(4, RUNNING, SUCCEEDED)))
			.expectNext(4L)
			.verifyComplete();
		assertThat(this.timelines.afterSeqs()).containsExactly(2L);
	}

	@Test
	void sendsOnlyTheTimelineOfAFinishedTask() {
		this.timelines.put(this.events.changed(1, null, QUEUED), this.events.changed(2, QUEUED, SUCCEEDED));
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, true).map(this::seq))
			.expectNext(1L, 2L)
			.verifyComplete();
		StepVerifier.create(this.stream.events(this.taskId, "alice", 2, true)).verifyComplete();
		assertThat(this.feed.subscriberCount()).isZero();
	}

	@Test
	void detachesWhenTheClientGoesAway() {
		this.timelines.put(this.events.changed(1, null, QUEUED));
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, false).map(this::seq))
			.expectNext(1L)
			.thenCancel()
			.verify(Duration.ofSeconds(5));
		assertThat(this.feed.subscriberCount()).isZero();
	}

	@Test
	void failsAStreamWhoseClientDoesNotKeepUp() {
		Sinks.One<List<Envelope<StatusEvent>>> neverAnswered = Sinks.one();
		this.timelines.respondWith(neverAnswered.asMono());
		StepVerifier.create(this.stream.events(this.taskId, "alice", 0, false)).then(() -> {
			for (int seq = 1; seq <= 9; seq++) {
				live(this.events.progress(seq, seq));
			}
		}).expectError(LiveSubscription.SubscriberTooSlow.class).verify(Duration.ofSeconds(5));
		assertThat(this.feed.subscriberCount()).isZero();
	}

	private void live(Envelope<StatusEvent> event) {
		this.feed.handle(new ConsumerRecord<>("tasks.status", 0, 0, this.taskId.toString(), this.codec.encode(event)));
	}

	private long seq(Envelope<StatusEvent> event) {
		return event.payload().seq();
	}

	private static final class FakeTimelines implements TimelineSource {

		private final Map<UUID, List<Envelope<StatusEvent>>> stored = new ConcurrentHashMap<>();

		private final List<Long> afterSeqs = new CopyOnWriteArrayList<>();

		private volatile Mono<List<Envelope<StatusEvent>>> response;

		private volatile Runnable onFetch = () -> {
		};

		private UUID task;

		@SafeVarargs
		final void put(Envelope<StatusEvent>... events) {
			this.task = events[0].payload().taskId();
			this.stored.put(this.task, List.of(events));
		}

		void respondWith(Mono<List<Envelope<StatusEvent>>> response) {
			this.response = response;
		}

		void onFetch(Runnable onFetch) {
			this.onFetch = onFetch;
		}

		int fetches() {
			return this.afterSeqs.size();
		}

		List<Long> afterSeqs() {
			return this.afterSeqs;
		}

		@Override
		public Mono<List<Envelope<StatusEvent>>> timeline(UUID taskId, String owner, long afterSeq) {
			return Mono.defer(() -> {
				this.afterSeqs.add(afterSeq);
				this.onFetch.run();
				if (this.response != null) {
					return this.response;
				}
				List<Envelope<StatusEvent>> after = new ArrayList<>();
				for (Envelope<StatusEvent> event : this.stored.getOrDefault(taskId, List.of())) {
					if (event.payload().seq() > afterSeq) {
						after.add(event);
					}
				}
				return Mono.just(after);
			});
		}

	}

}
