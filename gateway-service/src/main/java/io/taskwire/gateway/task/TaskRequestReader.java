package io.taskwire.gateway.task;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.taskwire.contracts.TaskOptions;
import io.taskwire.gateway.problem.ValidationFailed;
import io.taskwire.gateway.problem.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a submission strictly: every field the API does not define ({@code owner},
 * {@code status}, {@code attempt}, …) is a violation, and so is every value of the wrong
 * type or out of range. All violations are reported at once, each naming its field by
 * JSON pointer. A JSON {@code null} counts as absent.
 */
public class TaskRequestReader {

	static final int MAX_METADATA_ENTRIES = 32;

	static final int MAX_METADATA_KEY = 64;

	static final int MAX_METADATA_VALUE = 256;

	static final int MAX_NAME = 128;

	static final int MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

	private static final Set<String> FIELDS = Set.of("type", "input", "options", "priority", "timeoutSeconds",
			"maxAttempts", "deadline", "metadata");

	private static final Set<String> OPTION_FIELDS = Set.of("model", "provider");

	private final Clock clock;

	public TaskRequestReader(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Reads a submission.
	 * @param body the request body
	 * @return the request
	 * @throws ValidationFailed with every violation found
	 */
	public TaskRequest read(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new ValidationFailed(List.of(Violation.wrongType("", "a JSON object")));
		}
		List<Violation> violations = new ArrayList<>();
		unknownFields(body, "", FIELDS, violations);
		String type = string(body, "type", "/type", violations);
		if (type == null && absent(body.get("type"))) {
			violations.add(Violation.required("/type"));
		}
		TaskRequest request = new TaskRequest(type, input(body.get("input"), violations),
				options(body.get("options"), violations), integer(body, "priority", 0, 9, violations),
				integer(body, "timeoutSeconds", 1, MAX_TIMEOUT_SECONDS, violations),
				integer(body, "maxAttempts", 1, 20, violations), deadline(body.get("deadline"), violations),
				metadata(body.get("metadata"), violations));
		if (!violations.isEmpty()) {
			throw new ValidationFailed(violations);
		}
		return request;
	}

	private static void unknownFields(JsonNode object, String at, Set<String> known, List<Violation> violations) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				violations.add(Violation.unknownField(at + "/" + escape(name)));
			}
		}
	}

	private static String string(JsonNode object, String field, String pointer, List<Violation> violations) {
		JsonNode value = object.get(field);
		if (absent(value)) {
			return null;
		}
		if (!value.isString() || value.stringValue().isBlank()) {
			violations.add(Violation.wrongType(pointer, "a non-empty string"));
			return null;
		}
		if (value.stringValue().length() > MAX_NAME) {
			violations.add(Violation.tooLong(pointer, MAX_NAME));
			return null;
		}
		return value.stringValue();
	}

	private static JsonNode input(JsonNode input, List<Violation> violations) {
		if (absent(input)) {
			return JsonNodeFactory.instance.objectNode();
		}
		if (!input.isObject()) {
			violations.add(Violation.wrongType("/input", "an object"));
		}
		return input;
	}

	private static TaskOptions options(JsonNode options, List<Violation> violations) {
		if (absent(options)) {
			return TaskOptions.DEFAULTS;
		}
		if (!options.isObject()) {
			violations.add(Violation.wrongType("/options", "an object"));
			return TaskOptions.DEFAULTS;
		}
		unknownFields(options, "/options", OPTION_FIELDS, violations);
		return new TaskOptions(string(options, "model", "/options/model", violations),
				string(options, "provider", "/options/provider", violations));
	}

	private static Integer integer(JsonNode object, String field, int min, int max, List<Violation> violations) {
		JsonNode value = object.get(field);
		if (absent(value)) {
			return null;
		}
		if (!value.isIntegralNumber()) {
			violations.add(Violation.wrongType("/" + field, "an integer"));
			return null;
		}
		if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
			violations.add(Violation.outOfRange("/" + field, min, max));
			return null;
		}
		return value.intValue();
	}

	private Instant deadline(JsonNode deadline, List<Violation> violations) {
		if (absent(deadline)) {
			return null;
		}
		try {
			if (!deadline.isString()) {
				throw new DateTimeParseException("not a string", "", 0);
			}
			Instant instant = OffsetDateTime.parse(deadline.stringValue()).toInstant();
			if (!instant.isAfter(this.clock.instant())) {
				violations.add(new Violation("/deadline", "out-of-range", "must be in the future"));
				return null;
			}
			return instant;
		}
		catch (DateTimeParseException ex) {
			violations.add(Violation.wrongType("/deadline", "an RFC 3339 date-time with offset"));
			return null;
		}
	}

	private static Map<String, String> metadata(JsonNode metadata, List<Violation> violations) {
		if (absent(metadata)) {
			return Map.of();
		}
		if (!metadata.isObject()) {
			violations.add(Violation.wrongType("/metadata", "an object of strings"));
			return Map.of();
		}
		if (metadata.size() > MAX_METADATA_ENTRIES) {
			violations.add(new Violation("/metadata", "out-of-range",
					"may have at most " + MAX_METADATA_ENTRIES + " entries"));
			return Map.of();
		}
		Map<String, String> tags = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : metadata.properties()) {
			String pointer = "/metadata/" + escape(entry.getKey());
			if (entry.getKey().isEmpty() || entry.getKey().length() > MAX_METADATA_KEY) {
				violations.add(new Violation(pointer, "out-of-range",
						"keys must be 1 to " + MAX_METADATA_KEY + " characters"));
			}
			else if (!entry.getValue().isString()) {
				violations.add(Violation.wrongType(pointer, "a string"));
			}
			else if (entry.getValue().stringValue().length() > MAX_METADATA_VALUE) {
				violations.add(Violation.tooLong(pointer, MAX_METADATA_VALUE));
			}
			else {
				tags.put(entry.getKey(), entry.getValue().stringValue());
			}
		}
		return tags;
	}

	private static boolean absent(JsonNode value) {
		return value == null || value.isNull();
	}

	/**
	 * Escapes a JSON pointer reference token (RFC 6901); a name longer than any field of
	 * the API is cut short (marked with an ellipsis) rather than echoed back whole.
	 */
	static String escape(String token) {
		String name = (token.length() > MAX_NAME) ? token.substring(0, MAX_NAME) + "\u2026" : token;
		return name.replace("~", "~0").replace("/", "~1");
	}

}
