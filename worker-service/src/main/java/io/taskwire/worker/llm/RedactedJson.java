package io.taskwire.worker.llm;

import java.util.Map;

import io.taskwire.contracts.SecretRedactor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Redacts every string in a JSON tree. Done on the tree rather than on its serialised
 * text, so a replacement can never break the JSON (a pattern that ends at an escaped
 * quote would).
 */
final class RedactedJson {

	private final SecretRedactor redactor;

	RedactedJson(SecretRedactor redactor) {
		this.redactor = redactor;
	}

	JsonNode redact(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			return StringNode.valueOf(this.redactor.redact(node.stringValue()).text());
		}
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				copy.set(property.getKey(), redact(property.getValue()));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			node.values().forEach((element) -> copy.add(redact(element)));
			return copy;
		}
		return node;
	}

}
