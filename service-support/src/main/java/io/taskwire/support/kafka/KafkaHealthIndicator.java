package io.taskwire.support.kafka;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP while the broker answers a cluster description within the timeout; part of every
 * service's readiness, so a service stops taking traffic when it could not act on it.
 */
public class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

	private final AdminClient adminClient;

	private final Duration timeout;

	public KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
		super("Kafka is unreachable");
		this.adminClient = AdminClient.create(adminConfig);
		this.timeout = timeout;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis());
		return Mono.fromFuture(
				() -> this.adminClient.describeCluster(options).clusterId().toCompletionStage().toCompletableFuture())
			.timeout(this.timeout)
			.map((clusterId) -> builder.up().withDetail("clusterId", clusterId).build());
	}

	@Override
	public void destroy() {
		this.adminClient.close(Duration.ofSeconds(2));
	}

}
