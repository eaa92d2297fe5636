package io.taskwire.worker.llm.simulated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a value that is valid against a JSON Schema, deterministically: the same schema
 * and seed always give the same value, and another seed gives other strings and numbers
 * (so a plan's days name different places). It covers what answers are usually asked to
 * look like: {@code type} (or a list of types), {@code properties}, {@code items},
 * {@code prefixItems}, {@code minItems}/{@code maxItems}, {@code enum}, {@code const},
 * {@code minimum}/{@code maximum} (exclusive too), {@code multipleOf},
 * {@code minLength}/{@code maxLength}, the {@code date}, {@code date-time},
 * {@code email}, {@code uri} and {@code uuid} formats, local {@code $ref}s, {@code allOf}
 * (merged) and {@code oneOf}/{@code anyOf} (the first choice). Patterns are not honoured.
 */
public final class SchemaInstances {

	private static final int MAX_DEPTH = 16;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonNode root;

	private final String seed;

	private SchemaInstances(JsonNode root, String seed) {
		this.root = root;
		this.seed = seed;
	}

	/**
	 * A value valid against a schema.
	 * @param schema the schema
	 * @param seed what varies the value
	 * @return the value
	 */
	public static JsonNode of(JsonNode schema, String seed) {
		return new SchemaInstances(schema, seed).value(schema, "", "value", 0);
	}

	private JsonNode value(JsonNode schema, String path, String name, int depth) {
		if (depth > MAX_DEPTH || schema == null || schema.isBoolean() || !schema.isObject()) {
			return NODES.stringNode(word(name, path));
		}
		if (schema.has("$ref")) {
			return value(resolve(schema.get("$ref").asString()), path, name, depth + 1);
		}
		if (schema.has("const")) {
			return schema.get("const");
		}
		if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
			JsonNode choices = schema.get("enum");
			return choices.get((int) Math.floorMod(hash(path), (long) choices.size()));
		}
		if (schema.path("allOf").isArray()) {
			return value(merged(schema), path, name, depth + 1);
		}
		for (String choice : List.of("oneOf", "anyOf")) {
			if (schema.path(choice).isArray() && !schema.get(choice).isEmpty()) {
				ObjectNode first = (ObjectNode) schema.deepCopy();
				first.remove(choice);
				return value(merge(first, schema.get(choice).get(0)), path, name, depth + 1);
			}
		}
		return switch (typeOf(schema)) {
			case "object" -> object(schema, path, depth);
			case "array" -> array(schema, path, name, depth);
			case "integer" -> NODES.numberNode(integer(schema, path));
			case "number" -> NODES.numberNode(number(schema, path));
			case "boolean" -> NODES.booleanNode(hash(path) % 2 == 0);
			case "null" -> NODES.nullNode();
			default -> NODES.stringNode(string(schema, path, name));
		};
	}

	private static String typeOf(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type != null && type.isString()) {
			return type.stringValue();
		}
		if (type != null && type.isArray()) {
			for (JsonNode option : type.values()) {
				if (!"null".equals(option.asString())) {
					return option.asString();
				}
			}
			return "null";
		}
		if (schema.has("properties") || schema.has("required")) {
			return "object";
		}
		if (schema.has("items") || schema.has("prefixItems")) {
			return "array";
		}
		return "string";
	}

	private JsonNode object(JsonNode schema, String path, int depth) {
		ObjectNode object = NODES.objectNode();
		JsonNode properties = schema.path("properties");
		Set<String> names = new LinkedHashSet<>();
		properties.propertyNames().forEach(names::add);
		schema.path("required").values().forEach((required) -> names.add(required.asString()));
		for (String property : names) {
			object.set(property, value(properties.get(property), path + "/" + property, property, depth + 1));
		}
		return object;
	}

	private JsonNode array(JsonNode schema, String path, String name, int depth) {
		ArrayNode array = NODES.arrayNode();
		List<JsonNode> prefix = new ArrayList<>();
		schema.path("prefixItems").values().forEach(prefix::add);
		int min = schema.path("minItems").asInt(0);
		int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Integer.MAX_VALUE;
		int count = Math.min(max, Math.max(Math.max(min, prefix.size()), Math.min(2, max)));
		for (int i = 0; i < count; i++) {
			JsonNode itemSchema = (i < prefix.size()) ? prefix.get(i) : schema.get("items");
			array.add(value(itemSchema, path + "/" + i, name, depth + 1));
		}
		return array;
	}

	private long integer(JsonNode schema, String path) {
		long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble())
				: schema.has("exclusiveMinimum") ? (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1 : 0;
		long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble())
				: schema.has("exclusiveMaximum") ? (long) Math.ceil(schema.get("exclusiveMaximum").asDouble()) - 1
						: min + 100;
		long value = min + Math.floorMod(hash(path), Math.max(1, max - min + 1));
		long step = schema.path("multipleOf").asLong(0);
		if (step > 0) {
			long multiple = Math.floorDiv(value, step) * step;
			value = (multiple >= min) ? multiple : multiple + step;
		}
		return value;
	}

	private double number(JsonNode schema, String path) {
		if (schema.has("multipleOf")) {
			return integer(schema, path);
		}
		double min = schema.has("minimum") ? schema.get("minimum").asDouble()
				: schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asDouble() + 0.5 : 0;
		double max = schema.has("maximum") ? schema.get("maximum").asDouble()
				: schema.has("exclusiveMaximum") ? schema.get("exclusiveMaximum").asDouble() - 0.5 : min + 100;
		double fraction = Math.floorMod(hash(path), 1000L) / 1000.0;
		return min + (max - min) * fraction;
	}

	private String string(JsonNode schema, String path, String name) {
		String format = schema.path("format").asString("");
		long hash = hash(path);
		String value = switch (format) {
			case "date" -> LocalDate.of(2025, 1, 1).plusDays(Math.floorMod(hash, 3650L)).toString();
			case "date-time" ->
				Instant.parse("2025-01-01T00:00:00Z").plusSeconds(Math.floorMod(hash, 315_360_000L)).toString();
			case "email" -> word(name, path) + "@example.com";
			case "uri", "url" -> "https://example.com/" + word(name, path);
			case "uuid" -> UUID.nameUUIDFromBytes((this.seed + path).getBytes(StandardCharsets.UTF_8)).toString();
			default -> word(name, path);
		};
		int minLength = schema.path("minLength").asInt(0);
		int maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : Integer.MAX_VALUE;
		StringBuilder padded = new StringBuilder(value);
		while (padded.length() < minLength) {
			padded.append('x');
		}
		return (padded.length() > maxLength) ? padded.substring(0, maxLength) : padded.toString();
	}

	private String word(String name, String path) {
		String prefix = name.replaceAll("[^A-Za-z0-9]", "");
		return (prefix.isEmpty() ? "value" : prefix) + "-" + HexFormat.of().toHexDigits((int) hash(path));
	}

	private JsonNode resolve(String ref) {
		if (!ref.startsWith("#")) {
			return NODES.objectNode();
		}
		JsonNode target = this.root.at(ref.substring(1));
		return target.isMissingNode() ? NODES.objectNode() : target;
	}

	private JsonNode merged(JsonNode schema) {
		ObjectNode base = (ObjectNode) schema.deepCopy();
		base.remove("allOf");
		JsonNode result = base;
		for (JsonNode part : schema.get("allOf").values()) {
			JsonNode resolved = part.has("$ref") ? resolve(part.get("$ref").asString()) : part;
			result = merge(result, resolved);
		}
		return result;
	}

	/** Both schemas' keywords; properties and required lists are combined. */
	private static JsonNode merge(JsonNode a, JsonNode b) {
		if (!b.isObject()) {
			return a;
		}
		ObjectNode merged = (ObjectNode) a.deepCopy();
		for (Map.Entry<String, JsonNode> entry : b.properties()) {
			String keyword = entry.getKey();
			if (keyword.equals("properties") && merged.path("properties").isObject()) {
				((ObjectNode) merged.get("properties")).setAll((ObjectNode) entry.getValue().deepCopy());
			}
			else if (keyword.equals("required") && merged.path("required").isArray()) {
				((ArrayNode) merged.get("required")).addAll((ArrayNode) entry.getValue().deepCopy());
			}
			else {
				merged.set(keyword, entry.getValue());
			}
		}
		return merged;
	}

	private long hash(String path) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((this.seed + "|" + path).getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (digest[i] & 0xff);
			}
			return value & Long.MAX_VALUE;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
