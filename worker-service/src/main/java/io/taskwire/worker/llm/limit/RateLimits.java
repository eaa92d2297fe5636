package io.taskwire.worker.llm.limit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.taskwire.worker.llm.providers.ProviderSettings;
import io.taskwire.worker.llm.providers.ProvidersProperties;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Requests-per-minute and tokens-per-minute limits per provider and per model, for this
 * instance ({@code taskwire.worker.providers.<name>.rpm/tpm} and
 * {@code .models.<model>.rpm/tpm}); across instances the effective limit is instances ×
 * limit. A call that would exceed a limit waits for capacity, on a timer, instead of
 * failing. Tokens are reserved from an estimate (the prompt's size plus
 * {@code maxTokens}) and settled with the usage the provider reports.
 */
@Component
public class RateLimits {

	private final Map<String, ProviderSettings> settings;

	private final Scheduler timer;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	@Autowired
	public RateLimits(ProvidersProperties properties) {
		this(properties, Schedulers.parallel());
	}

	/**
	 * Limits on another timer (a virtual one in tests).
	 * @param properties the providers' limits
	 * @param timer where time comes from and waits happen
	 */
	public RateLimits(ProvidersProperties properties, Scheduler timer) {
		this.settings = properties.providers();
		this.timer = timer;
	}

	/**
	 * Waits until a call fits the limits of its provider and model.
	 * @param provider the provider's name
	 * @param model the model
	 * @param estimatedTokens the tokens the call is expected to spend
	 * @return a permit once the call may go; cancelling the wait returns the reservation
	 */
	public Mono<Permit> acquire(String provider, String model, long estimatedTokens) {
		return Mono.defer(() -> {
			List<TokenBucket> requests = new ArrayList<>();
			List<TokenBucket> tokens = new ArrayList<>();
			collect(provider, model, requests, tokens);
			if (requests.isEmpty() && tokens.isEmpty()) {
				return Mono.just(Permit.NONE);
			}
			long now = now();
			long wait = 0;
			for (TokenBucket bucket : requests) {
				wait = Math.max(wait, bucket.reserve(1, now));
			}
			for (TokenBucket bucket : tokens) {
				wait = Math.max(wait, bucket.reserve(estimatedTokens, now));
			}
			Permit permit = new Permit(this, requests, tokens, estimatedTokens);
			if (wait == 0) {
				return Mono.just(permit);
			}
			return Mono.delay(Duration.ofMillis(wait), this.timer).thenReturn(permit).doOnCancel(permit::giveBack);
		});
	}

	private void collect(String provider, String model, List<TokenBucket> requests, List<TokenBucket> tokens) {
		ProviderSettings limits = this.settings.get(provider);
		if (limits == null) {
			return;
		}
		add(requests, provider + "|rpm", limits.rpm());
		add(tokens, provider + "|tpm", limits.tpm());
		ProviderSettings.ModelLimits modelLimits = limits.models().get(model);
		if (modelLimits != null) {
			add(requests, provider + "|" + model + "|rpm", modelLimits.rpm());
			add(tokens, provider + "|" + model + "|tpm", modelLimits.tpm());
		}
	}

	private void add(List<TokenBucket> into, String key, long perMinute) {
		if (perMinute > 0) {
			into.add(this.buckets.computeIfAbsent(key, (ignored) -> new TokenBucket(perMinute, now())));
		}
	}

	long now() {
		return this.timer.now(TimeUnit.MILLISECONDS);
	}

	/**
	 * Leave to make one call; settle it with the tokens the call really spent.
	 */
	public static final class Permit {

		static final Permit NONE = new Permit(null, List.of(), List.of(), 0);

		private final RateLimits limits;

		private final List<TokenBucket> requests;

		private final List<TokenBucket> tokens;

		private final long estimatedTokens;

		private Permit(RateLimits limits, List<TokenBucket> requests, List<TokenBucket> tokens, long estimatedTokens) {
			this.limits = limits;
			this.requests = requests;
			this.tokens = tokens;
			this.estimatedTokens = estimatedTokens;
		}

		/**
		 * Corrects the token reservation to what the call spent.
		 * @param spentTokens the tokens the provider reported
		 */
		public void settle(long spentTokens) {
			if (this.limits == null) {
				return;
			}
			long difference = spentTokens - this.estimatedTokens;
			long now = this.limits.now();
			for (TokenBucket bucket : this.tokens) {
				if (difference > 0) {
					bucket.charge(difference, now);
				}
				else if (difference < 0) {
					bucket.giveBack(-difference, now);
				}
			}
		}

		private void giveBack() {
			long now = this.limits.now();
			this.requests.forEach((bucket) -> bucket.giveBack(1, now));
			this.tokens.forEach((bucket) -> bucket.giveBack(this.estimatedTokens, now));
		}

	}

}
