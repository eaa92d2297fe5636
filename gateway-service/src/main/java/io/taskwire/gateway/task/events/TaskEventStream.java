package io.taskwire.gateway.task.events;

import java.util.UUID;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.status.StatusEvent;
import io.taskwire.contracts.status.TaskDeleted;
import io.taskwire.contracts.status.TaskStatusChanged;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One task's events for one stream: the timeline so far, then live events, each sequence
 * number once and in order, ending after the terminal event.
 * <p>
 * The stream attaches to the live feed <em>before</em> it fetches the timeline. Every
 * event is in the timeline before it is published, so an event is either in the fetched
 * timeline or arrives live (or both — duplicates are dropped by sequence number). Should
 * a live event still arrive after a gap, the missing entries are fetched again before it.
 */
public class TaskEventStream {

	private final StatusFeed feed;

	private final TimelineSource timelines;

	public TaskEventStream(StatusFeed feed, TimelineSource timelines) {
		this.feed = feed;
		this.timelines = timelines;
	}

	/**
	 * A task's events after a sequence number.
	 * @param taskId the task, already checked to be visible to the caller
	 * @param owner the owner to scope to, or {@code null} for any owner
	 * @param afterSeq the last sequence number the client has, 0 for none
	 * @param finished whether the task was already terminal when looked up; then its
	 * whole timeline is stored and nothing live needs watching
	 * @return the events, completing after the terminal one
	 */
	public Flux<Envelope<StatusEvent>> events(UUID taskId, String owner, long afterSeq, boolean finished) {
		if (finished) {
			SeqCursor cursor = new SeqCursor(afterSeq);
			return history(taskId, owner, afterSeq).filter(cursor::advance).takeUntil(TaskEventStream::isTerminal);
		}
		return Flux.using(() -> this.feed.subscribe(taskId), (live) -> follow(live, owner, afterSeq),
				LiveSubscription::close);
	}

	private Flux<Envelope<StatusEvent>> follow(LiveSubscription live, String owner, long afterSeq) {
		SeqCursor cursor = new SeqCursor(afterSeq);
		Flux<Envelope<StatusEvent>> liveEvents = live.events()
			.concatMap((event) -> fillGap(live.taskId(), owner, cursor, event), 0);
		Flux<Envelope<StatusEvent>> ordered = Flux.concat(history(live.taskId(), owner, afterSeq), liveEvents)
			.filter(cursor::advance)
			.takeUntil(TaskEventStream::isTerminal);
		// prefetch 1: live events wait in the subscription's bounded buffer, nowhere else
		return ordered.publish((shared) -> Flux.merge(shared, live.overflow().takeUntilOther(shared.then())), 1);
	}

	private Flux<Envelope<StatusEvent>> fillGap(UUID taskId, String owner, SeqCursor cursor,
			Envelope<StatusEvent> event) {
		if (event.payload().seq() <= cursor.last() + 1) {
			return Flux.just(event);
		}
		return history(taskId, owner, cursor.last()).concatWith(Mono.just(event));
	}

	private Flux<Envelope<StatusEvent>> history(UUID taskId, String owner, long afterSeq) {
		return this.timelines.timeline(taskId, owner, afterSeq).flatMapIterable((timeline) -> timeline);
	}

	/** Whether nothing can follow this event. */
	static boolean isTerminal(Envelope<StatusEvent> event) {
		return (event.payload() instanceof TaskStatusChanged changed && changed.to().isTerminal())
				|| event.payload() instanceof TaskDeleted;
	}

	/** The last sequence number a stream has sent; only events after it go out. */
	private static final class SeqCursor {

		private volatile long last;

		SeqCursor(long last) {
			this.last = last;
		}

		long last() {
			return this.last;
		}

		boolean advance(Envelope<StatusEvent> event) {
			if (event.payload().seq() <= this.last) {
				return false;
			}
			this.last = event.payload().seq();
			return true;
		}

	}

}
