package io.taskwire.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.taskwire.contracts.dispatch.CancelAttempt;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.contracts.types.TaskTypeRegistered;
import io.taskwire.contracts.worker.WorkerHeartbeat;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * Holds {@code asyncapi.yaml} to the records, topics and golden files: every topic is a
 * channel, every message is described under its wire name on the channel of its topic,
 * every golden file validates against its schema, and the schemas reject what the codec
 * rejects.
 */
class AsyncApiContractTests {

	private static final JsonNode ASYNCAPI = readAsyncApi();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(registry) -> registry
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Map<String, Schema> SCHEMAS_BY_POINTER = new ConcurrentHashMap<>();

	private final MessageCodec codec = new MessageCodec();

	@Test
	void isAnAsyncApi3DocumentOfJsonRecords() {
		assertThat(ASYNCAPI.path("asyncapi").asString()).isEqualTo("3.0.0");
		assertThat(ASYNCAPI.path("info").path("title").asString()).isNotBlank();
		assertThat(ASYNCAPI.path("info").path("version").asString()).isNotBlank();
		assertThat(ASYNCAPI.path("defaultContentType").asString()).isEqualTo("application/json");
		assertThat(ASYNCAPI.path("info").path("description").asString()).contains(".DLT", "4 MiB", "prefix",
				RecordHeaders.EVENT_TYPE, RecordHeaders.OWNER, RecordHeaders.TASK_TYPE, RecordHeaders.TRACEPARENT);
	}

	@ParameterizedTest
	@EnumSource(Topic.class)
	void describesEveryTopicAsAChannel(Topic topic) {
		assertThat(channelIdOf(topic)).as("channel of %s", topic.baseName()).isNotNull();
		assertThat(ASYNCAPI.path("channels").path(channelIdOf(topic)).path("description").asString()).isNotBlank();
	}

	@Test
	void describesNoChannelThatIsNotATopic() {
		List<String> addresses = ASYNCAPI.path("channels")
			.values()
			.stream()
			.map((channel) -> channel.path("address").asString())
			.toList();

		assertThat(addresses)
			.containsExactlyInAnyOrderElementsOf(Stream.of(Topic.values()).map(Topic::baseName).toList());
	}

	@ParameterizedTest
	@EnumSource(Topic.class)
	void setsTheTopicConfigurationEachTopicIsCreatedWith(Topic topic) {
		JsonNode configuration = channel(topic).path("bindings").path("kafka").path("topicConfiguration");
		Map<String, String> expected = new LinkedHashMap<>(topic.configs());
		expected.put("max.message.bytes", String.valueOf(Limits.MAX_RECORD_BYTES));

		Map<String, String> described = new LinkedHashMap<>();
		configuration.properties()
			.forEach((entry) -> described.put(entry.getKey(),
					entry.getValue().isArray()
							? String.join(",", entry.getValue().values().stream().map(JsonNode::asString).toList())
							: entry.getValue().asString()));

		assertThat(described).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void describesEveryMessageUnderItsWireName(MessageType type) {
		JsonNode message = message(type);

		assertThat(message.isObject()).as("components.messages.%s", type.wireName()).isTrue();
		assertThat(message.path("name").asString()).isEqualTo(type.wireName());
		assertThat(message.path("title").asString()).isNotBlank();
		assertThat(message.path("summary").asString()).isNotBlank();
		JsonNode envelope = message.path("payload");
		assertThat(envelope.path("type").asString()).isEqualTo("object");
		assertThat(envelope.path("required").values().stream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("eventId", "type", "schemaVersion", "occurredAt", "traceparent", "payload");
		assertThat(envelope.at("/properties/type/const").asString()).isEqualTo(type.wireName());
		assertThat(envelope.at("/properties/payload/$ref").asString()).isEqualTo(payloadSchemaRef(type));
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void listsEveryMessageOnTheChannelOfItsTopic(MessageType type) {
		assertThat(channel(type.topic()).path("messages").path(type.wireName()).path("$ref").asString())
			.isEqualTo(messageRef(type));
	}

	@ParameterizedTest
	@EnumSource(Topic.class)
	void listsOnEachChannelOnlyTheMessagesOfItsTopic(Topic topic) {
		List<String> expected = Stream.of(MessageType.values())
			.filter((type) -> type.topic() == topic)
			.map(AsyncApiContractTests::messageRef)
			.toList();

		assertThat(messageRefsOf(channel(topic))).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest
	@EnumSource(Topic.class)
	void saysWhoSendsAndWhoReceivesOnEachChannel(Topic topic) {
		String channelRef = "#/channels/" + channelIdOf(topic);
		List<JsonNode> operations = ASYNCAPI.path("operations")
			.values()
			.stream()
			.filter((operation) -> operation.at("/channel/$ref").asString().equals(channelRef))
			.toList();

		assertThat(operations).extracting((operation) -> operation.path("action").asString())
			.containsExactlyInAnyOrder("send", "receive");
		List<String> channelMessages = Stream.of(MessageType.values())
			.filter((type) -> type.topic() == topic)
			.map((type) -> channelRef + "/messages/" + type.wireName())
			.toList();
		for (JsonNode operation : operations) {
			assertThat(operation.path("title").asString()).isNotBlank();
			assertThat(operation.path("tags").values()).isNotEmpty();
			assertThat(operation.path("messages").values().stream().map((ref) -> ref.path("$ref").asString()))
				.containsExactlyInAnyOrderElementsOf(channelMessages);
		}
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void keysEachMessageAsItsTopicSays(MessageType type) {
		String expectedKey = switch (type.topic()) {
			case TASKS_CONTROL, WORKERS_HEARTBEATS -> "#/components/schemas/WorkerIdKey";
			case TASKS_TYPES -> "#/components/schemas/TaskTypeKey";
			case TASKS_COMMANDS, TASKS_DISPATCH, TASKS_WORKER_EVENTS, TASKS_STATUS, LLM_CALLS ->
				"#/components/schemas/TaskIdKey";
		};
		String keyPointer = messagePointer(type) + "/bindings/kafka/key";

		assertThat(ASYNCAPI.at(keyPointer + "/$ref").asString()).isEqualTo(expectedKey);
		String key = SampleMessages.payloadOf(type).key();
		assertThat(validate(keyPointer, this.codec.mapper().getNodeFactory().stringNode(key))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void describesTheHeadersEachMessageIsSentWith(MessageType type) {
		Map<String, byte[]> headers = RecordHeaders.of(SampleMessages.envelopeOf(type));
		ObjectNode values = this.codec.mapper().createObjectNode();
		headers.forEach((name, value) -> values.put(name, new String(value, StandardCharsets.UTF_8)));
		JsonNode schema = message(type).path("headers");

		assertThat(schema.path("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(headers.keySet());
		assertThat(schema.path("required").values().stream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(headers.keySet());
		assertThat(validate(messagePointer(type) + "/headers", values)).isEmpty();
		values.put(RecordHeaders.EVENT_TYPE, "task.exploded");
		assertThat(validate(messagePointer(type) + "/headers", values)).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void validatesEachGoldenFileAgainstItsPayloadSchema(MessageType type) {
		assertThat(validate(payloadPointer(type), golden(type))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void describesEveryFieldOfEachPayloadRecord(MessageType type) {
		assertDescribesRecord(payloadSchemaRef(type).substring(1), type.payloadType());
	}

	@ParameterizedTest
	@MethodSource
	void describesEveryFieldOfEachNestedRecord(String schemaName, Class<? extends Record> record) {
		assertDescribesRecord("/components/schemas/" + schemaName, record);
	}

	static Stream<Arguments> describesEveryFieldOfEachNestedRecord() {
		return Stream.of(Arguments.of("TaskOptions", TaskOptions.class), Arguments.of("Progress", Progress.class),
				Arguments.of("ErrorSummary", ErrorSummary.class), Arguments.of("LogLine", LogLine.class),
				Arguments.of("RunningAttempt", WorkerHeartbeat.RunningAttempt.class),
				Arguments.of("Usage", Usage.class),
				Arguments.of("TaskTypeDefaults", TaskTypeRegistered.Defaults.class));
	}

	@Test
	void listsTheWireValuesOfEveryEnum() {
		assertThat(enumOf("FailureKind")).containsExactly(wireNames(FailureKind.values(), FailureKind::wireName));
		assertThat(enumOf("TaskStatus")).containsExactly(wireNames(TaskStatus.values(), TaskStatus::name));
		assertThat(enumOf("CancelReason"))
			.containsExactly(wireNames(CancelAttempt.Reason.values(), CancelAttempt.Reason::wireName));
		assertThat(enumOf("LogLevel")).containsExactly(wireNames(LogLine.Level.values(), LogLine.Level::wireName));
		assertThat(enumOf("LlmCallOutcome"))
			.containsExactly(wireNames(LlmCallRecorded.Outcome.values(), LlmCallRecorded.Outcome::wireName));
	}

	@Test
	void neverForbidsUnknownFields() {
		List<String> closed = new ArrayList<>();
		visit(ASYNCAPI, JsonPointer.empty(), (pointer, node) -> {
			if (node.isObject() && node.path("additionalProperties").isBoolean()
					&& !node.path("additionalProperties").booleanValue()) {
				closed.add(pointer.toString());
			}
		});

		assertThat(closed).isEmpty();
	}

	@Test
	void resolvesEveryReferenceWithinTheDocument() {
		List<String> unresolved = new ArrayList<>();
		visit(ASYNCAPI, JsonPointer.empty(), (pointer, node) -> {
			JsonNode ref = node.get("$ref");
			if (node.isObject() && ref != null
					&& (!ref.asString().startsWith("#/") || !ASYNCAPI.at(ref.asString().substring(1)).isObject())) {
				unresolved.add(pointer + " -> " + ref.asString());
			}
		});

		assertThat(unresolved).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void acceptsUnknownFieldsAsTheCodecDoes(MessageType type) {
		ObjectNode envelope = golden(type);
		envelope.put("addedLater", "by a newer producer");
		payloadOf(envelope).putObject("futureField").put("nested", true);

		assertThat(validate(payloadPointer(type), envelope)).isEmpty();
		assertThat(codecAccepts(envelope)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void requiresExactlyTheFieldsTheCodecCannotDoWithout(MessageType type) {
		ObjectNode golden = golden(type);
		List<JsonPointer> fields = new ArrayList<>();
		visit(golden, JsonPointer.empty(), (pointer, node) -> {
			if (node.isObject()) {
				node.propertyNames().forEach((name) -> fields.add(pointer.appendProperty(name)));
			}
		});

		SoftAssertions softly = new SoftAssertions();
		for (JsonPointer field : fields) {
			ObjectNode envelope = golden.deepCopy();
			((ObjectNode) envelope.at(field.head())).remove(field.last().getMatchingProperty());
			boolean codecAccepts = codecAccepts(envelope);
			softly.assertThat(validate(payloadPointer(type), envelope).isEmpty())
				.as("%s without %s is valid per schema as per codec", type.wireName(), field)
				.isEqualTo(codecAccepts);
		}
		softly.assertAll();
	}

	@ParameterizedTest
	@MethodSource
	void rejectsBrokenMessagesAsTheCodecDoes(MessageType type, Consumer<ObjectNode> breakage) {
		ObjectNode envelope = golden(type);
		breakage.accept(envelope);

		assertThat(validate(payloadPointer(type), envelope)).isNotEmpty();
		assertThat(codecAccepts(envelope)).as("codec accepts it").isFalse();
	}

	static Stream<Arguments> rejectsBrokenMessagesAsTheCodecDoes() {
		return Stream.of(
				argumentSet("task.created without owner", MessageType.TASK_CREATED,
						payload((payload) -> payload.remove("owner"))),
				argumentSet("task.created with priority 12", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("priority", 12))),
				argumentSet("task.created with priority -1", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("priority", -1))),
				argumentSet("task.created with timeoutSeconds 0", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("timeoutSeconds", 0))),
				argumentSet("task.created with timeoutSeconds over 7 days", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("timeoutSeconds", 604801))),
				argumentSet("task.created with maxAttempts 21", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("maxAttempts", 21))),
				argumentSet("task.created with maxAttempts 0", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("maxAttempts", 0))),
				argumentSet("task.created with concurrencyLimit 0", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("concurrencyLimit", 0))),
				argumentSet("task.created with a task id that is not a UUID", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("taskId", "task-1"))),
				argumentSet("task.created with a deadline that is not a date-time", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("deadline", "tomorrow"))),
				argumentSet("task.failed with an unknown failure kind", MessageType.TASK_FAILED,
						payload((payload) -> payload.put("kind", "meltdown"))),
				argumentSet("task.failed with a failure kind in upper case", MessageType.TASK_FAILED,
						payload((payload) -> payload.put("kind", "RATE_LIMITED"))),
				argumentSet("task.started with attempt 0", MessageType.TASK_STARTED,
						payload((payload) -> payload.put("attempt", 0))),
				argumentSet("task.dispatched with attemptTimeLimitSeconds 0", MessageType.TASK_DISPATCHED,
						payload((payload) -> payload.put("attemptTimeLimitSeconds", 0))),
				argumentSet("task.progressed at 101 percent", MessageType.TASK_PROGRESSED,
						payload((payload) -> ((ObjectNode) payload.get("progress")).put("percent", 101))),
				argumentSet("task.progressed at -1 percent", MessageType.TASK_PROGRESSED,
						payload((payload) -> ((ObjectNode) payload.get("progress")).put("percent", -1))),
				argumentSet("task.logged with an unknown level", MessageType.TASK_LOGGED,
						payload((payload) -> ((ObjectNode) payload.get("line")).put("level", "fatal"))),
				argumentSet("attempt.cancel with an unknown reason", MessageType.CANCEL_ATTEMPT,
						payload((payload) -> payload.put("reason", "bored"))),
				argumentSet("task.status-changed to an unknown status", MessageType.TASK_STATUS_CHANGED,
						payload((payload) -> payload.put("to", "DONE"))),
				argumentSet("task.status-changed with an error of no kind", MessageType.TASK_STATUS_CHANGED,
						payload((payload) -> payload.putObject("error").put("message", "boom"))),
				argumentSet("task.deleted with seq 0", MessageType.TASK_DELETED,
						payload((payload) -> payload.put("seq", 0))),
				argumentSet("task.timeline-entry with both progress and log", MessageType.TASK_TIMELINE_ENTRY,
						payload((payload) -> payload.putObject("log").put("level", "info").put("message", "hi"))),
				argumentSet("task.timeline-entry with neither progress nor log", MessageType.TASK_TIMELINE_ENTRY,
						payload((payload) -> payload.remove("progress"))),
				argumentSet("llm.call-recorded with an unknown outcome", MessageType.LLM_CALL_RECORDED,
						payload((payload) -> payload.put("outcome", "maybe"))),
				argumentSet("worker.heartbeat with a free slot count that is not a number",
						MessageType.WORKER_HEARTBEAT,
						payload((payload) -> ((ObjectNode) payload.get("freeSlots")).put("noop", "many"))),
				argumentSet("task-type.registered without defaults", MessageType.TASK_TYPE_REGISTERED,
						payload((payload) -> payload.remove("defaults"))),
				argumentSet("an envelope of schema version 2", MessageType.TASK_STARTED,
						(Consumer<ObjectNode>) (envelope) -> envelope.put("schemaVersion", 2)),
				argumentSet("an envelope whose event id is not a UUID", MessageType.TASK_STARTED,
						(Consumer<ObjectNode>) (envelope) -> envelope.put("eventId", "event-1")),
				argumentSet("an envelope without traceparent", MessageType.TASK_STARTED,
						(Consumer<ObjectNode>) (envelope) -> envelope.remove("traceparent")),
				argumentSet("an envelope whose payload is not an object", MessageType.TASK_STARTED,
						(Consumer<ObjectNode>) (envelope) -> envelope.put("payload", "started")));
	}

	@ParameterizedTest
	@MethodSource
	void acceptsTheEdgesOfEveryRangeAndEnumAsTheCodecDoes(MessageType type, Consumer<ObjectNode> change) {
		ObjectNode envelope = golden(type);
		change.accept(envelope);

		assertThat(validate(payloadPointer(type), envelope)).isEmpty();
		assertThat(codecAccepts(envelope)).as("codec accepts it").isTrue();
	}

	static Stream<Arguments> acceptsTheEdgesOfEveryRangeAndEnumAsTheCodecDoes() {
		Stream<Arguments> edges = Stream.of(
				argumentSet("priority 0", MessageType.TASK_CREATED, payload((payload) -> payload.put("priority", 0))),
				argumentSet("priority 9", MessageType.TASK_CREATED, payload((payload) -> payload.put("priority", 9))),
				argumentSet("timeoutSeconds 1", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("timeoutSeconds", 1))),
				argumentSet("timeoutSeconds 604800", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("timeoutSeconds", 604800))),
				argumentSet("maxAttempts 1", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("maxAttempts", 1))),
				argumentSet("maxAttempts 20", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("maxAttempts", 20))),
				argumentSet("a task.created with only its required fields", MessageType.TASK_CREATED, payload(
						(payload) -> payload.remove(List.of("options", "deadline", "metadata", "idempotencyKey")))),
				argumentSet("a task.created that retries another from a schedule", MessageType.TASK_CREATED,
						payload((payload) -> payload.put("retryOf", SampleMessages.EVENT_ID.toString())
							.put("scheduleId", SampleMessages.EVENT_ID.toString()))),
				argumentSet("attempt 1", MessageType.TASK_STARTED, payload((payload) -> payload.put("attempt", 1))),
				argumentSet("0 percent", MessageType.TASK_PROGRESSED,
						payload((payload) -> ((ObjectNode) payload.get("progress")).put("percent", 0))),
				argumentSet("100 percent", MessageType.TASK_PROGRESSED,
						payload((payload) -> ((ObjectNode) payload.get("progress")).put("percent", 100))),
				argumentSet("progress without percent", MessageType.TASK_PROGRESSED,
						payload((payload) -> ((ObjectNode) payload.get("progress")).remove("percent"))),
				argumentSet("seq 1", MessageType.TASK_DELETED, payload((payload) -> payload.put("seq", 1))),
				argumentSet("a status change of a new task", MessageType.TASK_STATUS_CHANGED,
						payload((payload) -> payload.put("to", "QUEUED")
							.put("attempt", 0)
							.remove(List.of("from", "progress", "result")))),
				argumentSet("a status change with an error and a result by reference", MessageType.TASK_STATUS_CHANGED,
						payload((payload) -> {
							payload.putObject("error").put("kind", "timeout").put("message", "slow");
							payload.remove("result");
							payload.put("resultRef", "results/1");
						})),
				argumentSet("a timeline entry with a log line", MessageType.TASK_TIMELINE_ENTRY, payload((payload) -> {
					payload.remove("progress");
					payload.putObject("log").put("level", "warn").put("message", "slow provider");
				})),
				argumentSet("a result that is not an object", MessageType.TASK_SUCCEEDED,
						payload((payload) -> payload.put("result", "Hello"))),
				argumentSet("a failed call", MessageType.LLM_CALL_RECORDED,
						payload((payload) -> payload.put("outcome", "error")
							.put("failureKind", "rate_limited")
							.remove(List.of("response", "usage")))));
		Stream<Arguments> failureKinds = Stream.of(FailureKind.values())
			.map((kind) -> argumentSet("failure kind " + kind.wireName(), MessageType.TASK_FAILED,
					payload((payload) -> payload.put("kind", kind.wireName()))));
		Stream<Arguments> statuses = Stream.of(TaskStatus.values())
			.map((status) -> argumentSet("status " + status, MessageType.TASK_STATUS_CHANGED,
					payload((payload) -> payload.put("from", status.name()).put("to", status.name()))));
		Stream<Arguments> reasons = Stream.of(CancelAttempt.Reason.values())
			.map((reason) -> argumentSet("cancel reason " + reason.wireName(), MessageType.CANCEL_ATTEMPT,
					payload((payload) -> payload.put("reason", reason.wireName()))));
		Stream<Arguments> levels = Stream.of(LogLine.Level.values())
			.map((level) -> argumentSet("log level " + level.wireName(), MessageType.TASK_LOGGED,
					payload((payload) -> ((ObjectNode) payload.get("line")).put("level", level.wireName()))));
		return Stream.of(edges, failureKinds, statuses, reasons, levels).flatMap(Function.identity());
	}

	private void assertDescribesRecord(String schemaPointer, Class<?> record) {
		assertThat(record.isRecord()).as("%s is a record", record.getName()).isTrue();
		JsonNode schema = ASYNCAPI.at(schemaPointer);
		List<String> components = Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
		Set<String> required = schema.path("required")
			.values()
			.stream()
			.map(JsonNode::asString)
			.collect(Collectors.toSet());

		assertThat(schema.path("type").asString()).as(schemaPointer).isEqualTo("object");
		assertThat(schema.path("description").asString()).as(schemaPointer).isNotBlank();
		assertThat(schema.path("properties").propertyNames()).as("properties of %s", schemaPointer)
			.containsExactlyInAnyOrderElementsOf(components);
		assertThat(components).as("required fields of %s", schemaPointer).containsAll(required);
		assertThat(required).as("primitive fields of %s are required", schemaPointer)
			.containsAll(Stream.of(record.getRecordComponents())
				.filter((component) -> component.getType().isPrimitive())
				.map(RecordComponent::getName)
				.toList());
	}

	private boolean codecAccepts(JsonNode envelope) {
		try {
			this.codec.decode(this.codec.mapper().writeValueAsBytes(envelope));
			return true;
		}
		catch (InvalidMessage ex) {
			return false;
		}
	}

	private static List<Error> validate(String pointer, JsonNode instance) {
		return SCHEMAS_BY_POINTER.computeIfAbsent(pointer, AsyncApiContractTests::schemaAt).validate(instance);
	}

	/**
	 * The schema at the given place in the document as a standalone schema resource that
	 * carries the document's {@code components}, so that its {@code $ref}s to
	 * {@code #/components/schemas/...} resolve as they do in the document.
	 */
	private static Schema schemaAt(String pointer) {
		JsonNode node = ASYNCAPI.at(pointer);
		assertThat(node.isObject()).as("schema at %s", pointer).isTrue();
		ObjectNode schema = ((ObjectNode) node).deepCopy();
		schema.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
		schema.putObject("components").set("schemas", ASYNCAPI.at("/components/schemas").deepCopy());
		return SCHEMAS.getSchema(SchemaLocation.of("urn:taskwire:asyncapi" + pointer.replace('/', ':')), schema);
	}

	private static void visit(JsonNode node, JsonPointer pointer, NodeVisitor visitor) {
		visitor.visit(pointer, node);
		if (node.isObject()) {
			node.properties()
				.forEach((entry) -> visit(entry.getValue(), pointer.appendProperty(entry.getKey()), visitor));
		}
		else if (node.isArray()) {
			for (int index = 0; index < node.size(); index++) {
				visit(node.get(index), pointer.appendIndex(index), visitor);
			}
		}
	}

	private static Consumer<ObjectNode> payload(Consumer<ObjectNode> change) {
		return (envelope) -> change.accept(payloadOf(envelope));
	}

	private static ObjectNode payloadOf(ObjectNode envelope) {
		return (ObjectNode) envelope.get("payload");
	}

	private static List<String> enumOf(String schemaName) {
		return ASYNCAPI.path("components")
			.path("schemas")
			.path(schemaName)
			.path("enum")
			.values()
			.stream()
			.map(JsonNode::asString)
			.toList();
	}

	private static <E> String[] wireNames(E[] values, Function<E, String> wireName) {
		return Arrays.stream(values).map(wireName).toArray(String[]::new);
	}

	private static String channelIdOf(Topic topic) {
		for (Map.Entry<String, JsonNode> channel : ASYNCAPI.path("channels").properties()) {
			if (channel.getValue().path("address").asString("").equals(topic.baseName())) {
				return channel.getKey();
			}
		}
		return null;
	}

	private static JsonNode channel(Topic topic) {
		String id = channelIdOf(topic);
		assertThat(id).as("channel of %s", topic.baseName()).isNotNull();
		return ASYNCAPI.path("channels").path(id);
	}

	private static Set<String> messageRefsOf(JsonNode channel) {
		Set<String> refs = new HashSet<>();
		channel.path("messages").values().forEach((message) -> refs.add(message.path("$ref").asString()));
		return refs;
	}

	private static String messageRef(MessageType type) {
		return "#" + messagePointer(type);
	}

	private static String messagePointer(MessageType type) {
		return "/components/messages/" + type.wireName();
	}

	private static String payloadPointer(MessageType type) {
		return messagePointer(type) + "/payload";
	}

	private static String payloadSchemaRef(MessageType type) {
		return "#/components/schemas/" + type.payloadType().getSimpleName();
	}

	private static JsonNode message(MessageType type) {
		return ASYNCAPI.at(messagePointer(type));
	}

	private ObjectNode golden(MessageType type) {
		String resource = "golden/" + type.wireName() + ".json";
		try (InputStream golden = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(golden).as(resource).isNotNull();
			return (ObjectNode) this.codec.mapper().readTree(golden);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode readAsyncApi() {
		try (InputStream yaml = AsyncApiContractTests.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
			if (yaml == null) {
				throw new IllegalStateException("asyncapi.yaml is not on the classpath");
			}
			return YAMLMapper.builder().build().readTree(yaml);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface NodeVisitor {

		void visit(JsonPointer pointer, JsonNode node);

	}

}
