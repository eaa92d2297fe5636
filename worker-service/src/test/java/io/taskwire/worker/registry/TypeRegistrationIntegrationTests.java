package io.taskwire.worker.registry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.taskwire.contracts.Topic;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.worker.WorkerIntegrationTest;
import io.taskwire.worker.support.BlockingTaskType;
import io.taskwire.worker.support.TopicRecorder.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker announces its types on {@code tasks.types}, keyed by type name.
 */
class TypeRegistrationIntegrationTests extends WorkerIntegrationTest {

	@Test
	void registersEveryTypeWithItsSchemaAndDefaults() {
		List<Received> records = eventually().until(() -> this.recorder.of(topic(Topic.TASKS_TYPES)),
				(registered) -> registered.size() >= 7);

		Map<String, TaskTypeRegistered> byKey = records.stream()
			.collect(Collectors.toMap(Received::key, (record) -> (TaskTypeRegistered) record.envelope().payload(),
					(first, second) -> second));
		assertThat(byKey).containsOnlyKeys("http.job", "llm.chat", "llm.extract", "llm.plan", "llm.translate", "noop",
				BlockingTaskType.NAME);
		TaskTypeRegistered chat = byKey.get("llm.chat");
		assertThat(chat.type()).isEqualTo("llm.chat");
		assertThat(chat.version()).isEqualTo("1");
		assertThat(chat.description()).isNotBlank();
		assertThat(chat.defaults()).isEqualTo(new TaskTypeRegistered.Defaults(300, 3));
		assertThat(chat.inputSchema().at("/properties/prompt/type").stringValue()).isEqualTo("string");
		TaskTypeRegistered noop = byKey.get("noop");
		assertThat(noop.defaults()).isEqualTo(new TaskTypeRegistered.Defaults(3600, 3));
		assertThat(noop.inputSchema().at("/properties/sleepMs/type").stringValue()).isEqualTo("integer");
		assertThat(records.stream().map(Received::key)).doesNotHaveDuplicates();
	}

}
