package io.taskwire.gateway.task.events;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.gateway.feed.TopicFollower;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.SmartLifecycle;

/**
 * Fans {@code tasks.status} out to the streams of this instance. Records are routed by
 * their key (the task id) before anything is parsed: a record no stream here is watching
 * costs a map lookup, and one that is watched is parsed once for all its streams.
 * <p>
 * On shutdown it ends every open stream before the web server waits for requests to
 * finish, so that event streams, which never finish by themselves, do not hold the
 * shutdown up; their clients resume on another instance with {@code Last-Event-ID}.
 */
public class StatusFeed implements TopicFollower.RecordHandler, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(StatusFeed.class);

	private final Map<String, Set<LiveSubscription>> subscriptions = new ConcurrentHashMap<>();

	private final MessageCodec codec;

	private final int bufferSize;

	private final AtomicLong dropped = new AtomicLong();

	/** Streams are accepted from creation until stop. */
	private volatile boolean running = true;

	public StatusFeed(MessageCodec codec, int bufferSize) {
		this.codec = codec;
		this.bufferSize = bufferSize;
	}

	/**
	 * Attaches to a task's live events; close the subscription to detach.
	 * @param taskId the task
	 * @return the subscription, receiving every event published from now on
	 */
	public LiveSubscription subscribe(UUID taskId) {
		LiveSubscription subscription = new LiveSubscription(taskId, this.bufferSize, this::unsubscribe);
		if (!this.running) {
			subscription.end();
			return subscription;
		}
		this.subscriptions.compute(taskId.toString(), (key, watching) -> {
			Set<LiveSubscription> updated = (watching != null) ? watching : ConcurrentHashMap.newKeySet();
			updated.add(subscription);
			return updated;
		});
		return subscription;
	}

	/** How many streams are attached, across all tasks. */
	public int subscriberCount() {
		return this.subscriptions.values().stream().mapToInt(Set::size).sum();
	}

	/** How many streams were closed because their client read too slowly. */
	public long droppedCount() {
		return this.dropped.get();
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Ends every open stream; streams opened from now on end at once. */
	@Override
	public void stop() {
		this.running = false;
		this.subscriptions.values().forEach((watching) -> watching.forEach(LiveSubscription::end));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void handle(ConsumerRecord<String, byte[]> record) {
		Set<LiveSubscription> watching = (record.key() != null) ? this.subscriptions.get(record.key()) : null;
		if (watching == null || watching.isEmpty() || record.value() == null) {
			return;
		}
		Envelope<StatusEvent> event = decode(record);
		if (event != null) {
			watching.forEach((subscription) -> {
				if (!subscription.offer(event)) {
					this.dropped.incrementAndGet();
				}
			});
		}
	}

	@SuppressWarnings("unchecked")
	private Envelope<StatusEvent> decode(ConsumerRecord<String, byte[]> record) {
		try {
			Envelope<Message> envelope = this.codec.decode(record.value());
			if (envelope.payload() instanceof StatusEvent status && status.taskId().toString().equals(record.key())) {
				return (Envelope<StatusEvent>) (Envelope<?>) envelope;
			}
			logger.warn("Ignored " + envelope.type() + " keyed " + record.key() + " on " + record.topic());
		}
		catch (InvalidMessage ex) {
			logger.warn("Ignored an unreadable record on " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + ": " + ex.getMessage());
		}
		return null;
	}

	private void unsubscribe(LiveSubscription subscription) {
		this.subscriptions.computeIfPresent(subscription.taskId().toString(), (key, watching) -> {
			watching.remove(subscription);
			return watching.isEmpty() ? null : watching;
		});
	}

}
