package io.taskwire.task.support;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Runs a pass on every tick of an interval and whenever it is woken, one pass at a time,
 * and again at once while a pass reports that more work is waiting. A failed pass (the
 * database is down) is logged and the loop goes on; everything a pass does is in the
 * database, so the loop behaves the same after a restart.
 */
public abstract class PollingLoop implements SmartLifecycle {

	private final Logger logger = LoggerFactory.getLogger(getClass());

	private final String name;

	private final Duration interval;

	private final Wakeup wakeup;

	private volatile Disposable subscription;

	private volatile boolean failing;

	protected PollingLoop(String name, Duration interval, Wakeup wakeup) {
		this.name = name;
		this.interval = interval;
		this.wakeup = wakeup;
	}

	/**
	 * One pass of the loop.
	 * @return whether more work is waiting right now
	 */
	protected abstract Mono<Boolean> runOnce();

	@Override
	public synchronized void start() {
		if (this.subscription != null) {
			return;
		}
		Flux<Boolean> wakeups = (this.wakeup != null) ? this.wakeup.signals() : Flux.empty();
		this.subscription = Flux.interval(Duration.ZERO, this.interval)
			.map((tick) -> Boolean.TRUE)
			.mergeWith(wakeups)
			// signals that arrive during a pass collapse into one more pass
			.onBackpressureLatest()
			.concatMap((signal) -> drain(), 1)
			.subscribe();
		this.logger.debug("{} started, every {}", this.name, this.interval);
	}

	@Override
	public synchronized void stop() {
		if (this.subscription != null) {
			this.subscription.dispose();
			this.subscription = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.subscription != null;
	}

	private Mono<Void> drain() {
		return safePass().expand((more) -> more ? safePass() : Mono.empty()).then();
	}

	private Mono<Boolean> safePass() {
		return Mono.defer(this::runOnce).doOnSuccess((more) -> recovered()).onErrorResume((ex) -> {
			failed(ex);
			return Mono.just(false);
		});
	}

	private void failed(Throwable ex) {
		if (!this.failing) {
			this.failing = true;
			this.logger.warn("{} failed, retrying every {}: {}", this.name, this.interval, ex.toString());
		}
		else {
			this.logger.debug("{} failed again", this.name, ex);
		}
	}

	private void recovered() {
		if (this.failing) {
			this.failing = false;
			this.logger.info("{} works again", this.name);
		}
	}

}
