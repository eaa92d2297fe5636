package io.taskwire.worker.support;

import java.util.ArrayList;
import java.util.List;

import io.taskwire.contracts.Topic;
import io.taskwire.contracts.TopicNames;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * What integration tests add to the worker: the {@code test.blocking} type and a recorder
 * of every topic the worker writes to. The recorder is lazy, so it starts reading after
 * the context has created the topics.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(BlockingTaskType.class)
public class WorkerTestConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy
	TopicRecorder topicRecorder(Environment environment, TopicNames names) {
		return new TopicRecorder(environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
				recordedTopics(names));
	}

	/**
	 * The topics the worker writes to, and the dead-letter topics of those it reads.
	 * @param names the topic names of the context
	 * @return the topic names
	 */
	public static List<String> recordedTopics(TopicNames names) {
		List<String> topics = new ArrayList<>();
		for (Topic topic : List.of(Topic.TASKS_WORKER_EVENTS, Topic.LLM_CALLS, Topic.WORKERS_HEARTBEATS,
				Topic.TASKS_TYPES)) {
			topics.add(names.of(topic));
		}
		topics.add(names.deadLetterOf(Topic.TASKS_DISPATCH));
		topics.add(names.deadLetterOf(Topic.TASKS_CONTROL));
		return topics;
	}

}
