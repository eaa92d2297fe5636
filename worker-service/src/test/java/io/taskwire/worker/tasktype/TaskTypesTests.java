package io.taskwire.worker.tasktype;

import java.util.List;

import io.taskwire.contracts.FailureKind;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.worker.support.BlockingTaskType;
import io.taskwire.worker.tasktype.chat.ChatTaskType;
import io.taskwire.worker.tasktype.noop.NoopTaskType;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TaskTypesTests {

	private final MessageCodec codec = new MessageCodec();

	private final TaskTypes types = new TaskTypes(List.of(new NoopTaskType(), new ChatTaskType()), this.codec);

	@Test
	void findsTypesByName() {
		assertThat(this.types.all()).extracting(RegisteredTaskType::name).containsExactly("llm.chat", "noop");
		assertThat(this.types.find("noop")).isPresent();
		assertThat(this.types.find("no.such.type")).isEmpty();
	}

	@Test
	void acceptsInputThatFitsTheSchema() {
		RegisteredTaskType chat = this.types.find("llm.chat").orElseThrow();

		assertThatNoException().isThrownBy(() -> chat.validate(json("{\"prompt\":\"Hi\"}")));
		assertThatNoException().isThrownBy(() -> chat.validate(json(
				"{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"system\":\"s\",\"temperature\":1,\"maxTokens\":9}")));
		assertThatNoException().isThrownBy(() -> this.types.find("noop").orElseThrow().validate(json("{}")));
	}

	@Test
	void rejectsInputThatBreaksTheSchemaAsAnInvalidRequest() {
		RegisteredTaskType chat = this.types.find("llm.chat").orElseThrow();

		for (String input : List.of("{}", "{\"prompt\":\"\"}", "{\"prompt\":\"a\",\"messages\":[]}",
				"{\"prompt\":\"a\",\"temperature\":3}", "{\"prompt\":\"a\",\"extra\":1}",
				"{\"messages\":[{\"role\":\"robot\",\"content\":\"Hi\"}]}", "[]")) {
			TaskFailure failure = catchThrowableOfType(TaskFailure.class, () -> chat.validate(json(input)));
			assertThat(failure).as(input).isNotNull();
			assertThat(failure.kind()).isEqualTo(FailureKind.INVALID_REQUEST);
			assertThat(failure.retryable()).isFalse();
		}
	}

	@Test
	void namesTheFieldThatBreaksTheSchema() {
		TaskFailure failure = catchThrowableOfType(TaskFailure.class,
				() -> this.types.find("noop").orElseThrow().validate(json("{\"sleepMs\":-1}")));

		assertThat(failure.getMessage()).startsWith("Input is not valid for noop: ").contains("sleepMs");
	}

	@Test
	void describesATypeForTheRegistry() {
		var registration = this.types.find("noop").orElseThrow().registration();

		assertThat(registration.type()).isEqualTo("noop");
		assertThat(registration.version()).isEqualTo("1");
		assertThat(registration.defaults().timeoutSeconds()).isEqualTo(3600);
		assertThat(registration.inputSchema().get("type").stringValue()).isEqualTo("object");
	}

	@Test
	void refusesTwoTypesOfOneName() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new TaskTypes(List.of(new NoopTaskType(), new NoopTaskType()), this.codec))
			.withMessageContaining("Two task types are named 'noop'");
	}

	@Test
	void refusesATypeWithoutASchema() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new TaskTypes(List.of(new Unschematic("no.schema")), this.codec))
			.withMessageContaining("tasktypes/no.schema.schema.json");
	}

	@Test
	void refusesANameThatIsNotLowerCaseDotted() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new TaskTypes(List.of(new Unschematic("Bad Name")), this.codec))
			.withMessageContaining("Bad Name");
	}

	@Test
	void findsASchemaNextToTheTypesName() {
		TaskTypes withTestType = new TaskTypes(List.of(new BlockingTaskType()), this.codec);

		assertThat(withTestType.find(BlockingTaskType.NAME)).isPresent();
	}

	private record Unschematic(String name) implements TaskType {

		@Override
		public String version() {
			return "1";
		}

		@Override
		public String description() {
			return "has no schema";
		}

		@Override
		public TaskTypeDefaults defaults() {
			return new TaskTypeDefaults(1, 1);
		}

		@Override
		public Mono<JsonNode> handle(TaskContext context) {
			return Mono.empty();
		}

	}

}
