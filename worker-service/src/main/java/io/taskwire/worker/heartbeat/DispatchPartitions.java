package io.taskwire.worker.heartbeat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.common.TopicPartition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * The {@code tasks.dispatch} partitions assigned to this instance, kept by a rebalance
 * listener on the dispatch listener's container (it post-processes that container). It
 * works for eager and cooperative rebalancing alike: revoked and lost partitions leave,
 * assigned ones join.
 */
@Component("dispatchPartitions")
public class DispatchPartitions implements ConsumerAwareRebalanceListener,
		ContainerPostProcessor<Object, Object, AbstractMessageListenerContainer<Object, Object>> {

	private final Set<Integer> partitions = new TreeSet<>();

	private final Sinks.Many<List<Integer>> changes = Sinks.many().multicast().directBestEffort();

	@Override
	public void postProcess(AbstractMessageListenerContainer<Object, Object> container) {
		container.getContainerProperties().setConsumerRebalanceListener(this);
	}

	@Override
	public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
		change(assigned, true);
	}

	@Override
	public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
		change(revoked, false);
	}

	@Override
	public void onPartitionsLost(Collection<TopicPartition> lost) {
		change(lost, false);
	}

	/**
	 * The partitions now.
	 * @return partition numbers, ascending
	 */
	public synchronized List<Integer> current() {
		return List.copyOf(this.partitions);
	}

	/**
	 * Every change of the partitions, as it happens.
	 * @return the partitions after each change
	 */
	public Flux<List<Integer>> changes() {
		return this.changes.asFlux();
	}

	private synchronized void change(Collection<TopicPartition> changed, boolean assigned) {
		if (changed.isEmpty()) {
			return;
		}
		for (TopicPartition partition : changed) {
			if (assigned) {
				this.partitions.add(partition.partition());
			}
			else {
				this.partitions.remove(partition.partition());
			}
		}
		this.changes.tryEmitNext(List.copyOf(this.partitions));
	}

}
