package io.taskwire.worker.execution;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.taskwire.contracts.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressThrottleTests {

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private final List<Integer> sent = new CopyOnWriteArrayList<>();

	private final List<Long> sentAt = new CopyOnWriteArrayList<>();

	private final ProgressThrottle throttle = new ProgressThrottle(Duration.ofSeconds(1), this.time, (update) -> {
		this.sent.add(update.progress().percent());
		this.sentAt.add(this.time.now(TimeUnit.MILLISECONDS));
	});

	@AfterEach
	void disposeTime() {
		this.time.dispose();
	}

	@Test
	void sendsTheFirstReportAtOnce() {
		this.throttle.offer(update(1));

		assertThat(this.sent).containsExactly(1);
	}

	@Test
	void holdsReportsThatComeTooSoonAndSendsOnlyTheLatestWhenTheIntervalIsUp() {
		this.throttle.offer(update(1));
		this.time.advanceTimeBy(Duration.ofMillis(100));
		this.throttle.offer(update(2));
		this.time.advanceTimeBy(Duration.ofMillis(100));
		this.throttle.offer(update(3));

		this.time.advanceTimeBy(Duration.ofMillis(799));
		assertThat(this.sent).containsExactly(1);

		this.time.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.sent).containsExactly(1, 3);
	}

	@Test
	void sendsAReportAtOnceWhenTheIntervalHasPassed() {
		this.throttle.offer(update(1));
		this.time.advanceTimeBy(Duration.ofMillis(1500));

		this.throttle.offer(update(2));

		assertThat(this.sent).containsExactly(1, 2);
	}

	@Test
	void sendsAtMostOneReportPerInterval() {
		for (int percent = 0; percent <= 100; percent++) {
			this.throttle.offer(update(percent));
			this.time.advanceTimeBy(Duration.ofMillis(100));
		}
		this.time.advanceTimeBy(Duration.ofSeconds(1));

		for (int i = 1; i < this.sentAt.size(); i++) {
			assertThat(this.sentAt.get(i) - this.sentAt.get(i - 1)).isGreaterThanOrEqualTo(1000);
		}
		assertThat(this.sent).hasSizeGreaterThan(10).startsWith(0).endsWith(100);
	}

	@Test
	void sendsWhatIsWaitingWhenClosedAndNothingAfter() {
		this.throttle.offer(update(1));
		this.throttle.offer(update(2));

		this.throttle.close();
		assertThat(this.sent).containsExactly(1, 2);

		this.throttle.offer(update(3));
		this.time.advanceTimeBy(Duration.ofSeconds(5));
		assertThat(this.sent).containsExactly(1, 2);
	}

	@Test
	void sendsNothingWhenDiscarded() {
		this.throttle.offer(update(1));
		this.throttle.offer(update(2));

		this.throttle.discard();
		this.time.advanceTimeBy(Duration.ofSeconds(5));

		assertThat(this.sent).containsExactly(1);
	}

	private static ProgressUpdate update(int percent) {
		return new ProgressUpdate(new Progress(percent, "at " + percent), null);
	}

}
