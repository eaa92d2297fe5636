package io.taskwire.gateway.feed;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP once a {@link TopicFollower} has caught up, DOWN until then; part of readiness, so
 * that an instance takes traffic only when it knows every task type, and misses no live
 * event of a task its clients watch.
 */
public class TopicFollowerHealthIndicator implements HealthIndicator {

	private final TopicFollower follower;

	private final Supplier<Map<String, Object>> details;

	public TopicFollowerHealthIndicator(TopicFollower follower, Supplier<Map<String, Object>> details) {
		this.follower = follower;
		this.details = details;
	}

	@Override
	public Health health() {
		Health.Builder builder = this.follower.isCaughtUp() ? Health.up() : Health.down();
		return builder.withDetail("topic", this.follower.topic())
			.withDetail("caughtUp", this.follower.isCaughtUp())
			.withDetails(this.details.get())
			.build();
	}

}
