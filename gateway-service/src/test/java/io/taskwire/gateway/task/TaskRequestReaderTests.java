package io.taskwire.gateway.task;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.taskwire.contracts.TaskOptions;
import io.taskwire.gateway.problem.ValidationFailed;
import io.taskwire.gateway.problem.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TaskRequestReaderTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	private final TaskRequestReader reader = new TaskRequestReader(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void readsEveryFieldOfACompleteRequest() {
		TaskRequest request = read("""
				{"type":"llm.chat","input":{"prompt":"hi"},"options":{"model":"m","provider":"simulated"},
				 "priority":9,"timeoutSeconds":30,"maxAttempts":5,"deadline":"2026-11-24T00:00:00+01:00",
				 "metadata":{"ticket":"T-42"}}
				""");
		assertThat(request.type()).isEqualTo("llm.chat");
		assertThat(request.input().get("prompt").stringValue()).isEqualTo("hi");
		assertThat(request.options()).isEqualTo(new TaskOptions("m", "simulated"));
		assertThat(request.priority()).isEqualTo(9);
		assertThat(request.timeoutSeconds()).isEqualTo(30);
		assertThat(request.maxAttempts()).isEqualTo(5);
		assertThat(request.deadline()).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
		assertThat(request.metadata()).isEqualTo(Map.of("ticket", "T-42"));
	}

	@Test
	void leavesAbsentAndNullFieldsToTheDefaults() {
		TaskRequest request = read("{\"type\":\"noop\",\"priority\":null,\"options\":null}");
		assertThat(request.input().isObject()).isTrue();
		assertThat(request.input().size()).isZero();
		assertThat(request.options()).isEqualTo(TaskOptions.DEFAULTS);
		assertThat(request.priority()).isNull();
		assertThat(request.timeoutSeconds()).isNull();
		assertThat(request.maxAttempts()).isNull();
		assertThat(request.deadline()).isNull();
		assertThat(request.metadata()).isEmpty();
	}

	@Test
	void namesEveryFieldTheApiDoesNotDefine() {
		assertThat(violations("""
				{"type":"noop","owner":"bob","status":"SUCCEEDED","attempt":3,"options":{"model":"m","apiKey":"x"}}
				""")).extracting(Violation::pointer, Violation::code)
			.containsExactlyInAnyOrder(tuple("/owner", "unknown-field"), tuple("/status", "unknown-field"),
					tuple("/attempt", "unknown-field"), tuple("/options/apiKey", "unknown-field"));
	}

	@Test
	void escapesFieldNamesInPointers() {
		assertThat(violations("{\"type\":\"noop\",\"a/b~c\":1}")).extracting(Violation::pointer)
			.containsExactly("/a~1b~0c");
	}

	@Test
	void rejectsValuesOutOfRange() {
		assertThat(violations("{\"type\":\"noop\",\"priority\":10,\"timeoutSeconds\":0,\"maxAttempts\":21}"))
			.extracting(Violation::pointer, Violation::code)
			.containsExactlyInAnyOrder(tuple("/priority", "out-of-range"), tuple("/timeoutSeconds", "out-of-range"),
					tuple("/maxAttempts", "out-of-range"));
		assertThat(violations("{\"type\":\"noop\",\"priority\":-1,\"timeoutSeconds\":604801,\"maxAttempts\":0}"))
			.extracting(Violation::pointer)
			.containsExactlyInAnyOrder("/priority", "/timeoutSeconds", "/maxAttempts");
		assertThat(violations("{\"type\":\"noop\",\"timeoutSeconds\":99999999999999999999}"))
			.extracting(Violation::pointer, Violation::code)
			.containsExactly(tuple("/timeoutSeconds", "out-of-range"));
	}

	@Test
	void acceptsTheBoundsOfEveryRange() {
		TaskRequest low = read("{\"type\":\"noop\",\"priority\":0,\"timeoutSeconds\":1,\"maxAttempts\":1}");
		TaskRequest high = read("{\"type\":\"noop\",\"priority\":9,\"timeoutSeconds\":604800,\"maxAttempts\":20}");
		assertThat(low.priority()).isZero();
		assertThat(high.timeoutSeconds()).isEqualTo(604800);
	}

	@Test
	void rejectsValuesOfTheWrongType() {
		assertThat(violations("""
				{"type":7,"input":"text","options":[],"priority":"high","timeoutSeconds":1.5,"maxAttempts":true,
				 "deadline":12,"metadata":{"n":1}}
				""")).extracting(Violation::pointer, Violation::code)
			.containsExactlyInAnyOrder(tuple("/type", "wrong-type"), tuple("/input", "wrong-type"),
					tuple("/options", "wrong-type"), tuple("/priority", "wrong-type"),
					tuple("/timeoutSeconds", "wrong-type"), tuple("/maxAttempts", "wrong-type"),
					tuple("/deadline", "wrong-type"), tuple("/metadata/n", "wrong-type"));
	}

	@Test
	void requiresAType() {
		assertThat(violations("{\"input\":{}}")).extracting(Violation::pointer, Violation::code)
			.containsExactly(tuple("/type", "required"));
		assertThat(violations("{\"type\":\"  \"}")).extracting(Violation::pointer).containsExactly("/type");
	}

	@Test
	void rejectsADeadlineThatIsNotInTheFuture() {
		assertThat(violations("{\"type\":\"noop\",\"deadline\":\"2026-11-23T09:30:00Z\"}"))
			.extracting(Violation::pointer, Violation::code)
			.containsExactly(tuple("/deadline", "out-of-range"));
		assertThat(violations("{\"type\":\"noop\",\"deadline\":\"tomorrow\"}")).extracting(Violation::code)
			.containsExactly("wrong-type");
	}

	@Test
	void boundsMetadata() {
		StringBuilder many = new StringBuilder("{\"type\":\"noop\",\"metadata\":{");
		for (int i = 0; i <= TaskRequestReader.MAX_METADATA_ENTRIES; i++) {
			many.append((i > 0) ? "," : "").append("\"k").append(i).append("\":\"v\"");
		}
		assertThat(violations(many.append("}}").toString())).extracting(Violation::pointer)
			.containsExactly("/metadata");
		String longValue = "x".repeat(TaskRequestReader.MAX_METADATA_VALUE + 1);
		assertThat(violations("{\"type\":\"noop\",\"metadata\":{\"k\":\"" + longValue + "\"}}"))
			.extracting(Violation::pointer, Violation::code)
			.containsExactly(tuple("/metadata/k", "too-long"));
	}

	@Test
	void rejectsABodyThatIsNotAnObject() {
		assertThat(violations("[]")).extracting(Violation::pointer, Violation::code)
			.containsExactly(tuple("", "wrong-type"));
		assertThat(violations("null")).extracting(Violation::pointer).containsExactly("");
	}

	@Test
	void cutsShortAHugeUnknownFieldName() {
		String name = "x".repeat(10_000);
		assertThat(violations("{\"type\":\"noop\",\"" + name + "\":1}")).singleElement()
			.satisfies((violation) -> assertThat(violation.pointer()).hasSizeLessThan(200).endsWith("\u2026"));
	}

	@Test
	void listsAtMostFiftyViolations() {
		StringBuilder body = new StringBuilder("{\"type\":\"noop\"");
		for (int i = 0; i < 500; i++) {
			body.append(",\"f").append(i).append("\":1");
		}
		ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
				() -> read(body.append('}').toString()));
		assertThat(failure.violations()).hasSize(50);
		assertThat(failure.getBody().getProperties()).containsEntry("unlisted", 450);
	}

	private TaskRequest read(String body) {
		return this.reader.read(this.json.readTree(body));
	}

	private java.util.List<Violation> violations(String body) {
		return catchThrowableOfType(ValidationFailed.class, () -> read(body)).violations();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
