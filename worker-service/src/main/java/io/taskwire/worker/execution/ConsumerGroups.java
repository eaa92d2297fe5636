package io.taskwire.worker.execution;

import io.taskwire.contracts.TopicNames;
import io.taskwire.worker.WorkerIdentity;

import org.springframework.stereotype.Component;

/**
 * The consumer groups of the worker: one shared by every instance for
 * {@code tasks.dispatch}, so its partitions are split among them, and one per instance
 * for {@code tasks.control}, so each instance reads every partition. Both carry the topic
 * prefix, so stacks sharing a cluster stay apart.
 */
@Component("consumerGroups")
public class ConsumerGroups {

	private final TopicNames topicNames;

	private final WorkerIdentity identity;

	public ConsumerGroups(TopicNames topicNames, WorkerIdentity identity) {
		this.topicNames = topicNames;
		this.identity = identity;
	}

	public String dispatch() {
		return this.topicNames.prefix() + "taskwire-worker";
	}

	public String control() {
		return this.topicNames.prefix() + "taskwire-worker-control." + this.identity.id();
	}

}
