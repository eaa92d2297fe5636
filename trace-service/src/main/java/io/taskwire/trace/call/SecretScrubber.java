package io.taskwire.trace.call;

import java.util.Map;

import io.taskwire.contracts.SecretRedactor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Redacts secrets in a JSON body, string by string, and makes every string storable.
 * Working on the tree rather than on the serialised text keeps the body valid JSON: a
 * pattern run over the text could swallow the backslash of an escaped quote.
 */
final class SecretScrubber {

	/** What {@link SecretRedactor} leaves behind, here or in the worker before us. */
	private static final String REDACTION_MARK = "[REDACTED:";

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final SecretRedactor redactor;

	SecretScrubber(SecretRedactor redactor) {
		this.redactor = redactor;
	}

	Scrubbed scrub(JsonNode body) {
		Walk walk = new Walk();
		JsonNode clean = walk.copy(body);
		return new Scrubbed(clean, walk.redacted);
	}

	/**
	 * A scrubbed body.
	 *
	 * @param body the copy with secrets replaced
	 * @param redacted whether it holds redacted secrets
	 */
	record Scrubbed(JsonNode body, boolean redacted) {

	}

	private final class Walk {

		private boolean redacted;

		JsonNode copy(JsonNode node) {
			if (node.isObject()) {
				ObjectNode copy = nodes.objectNode();
				for (Map.Entry<String, JsonNode> property : node.properties()) {
					copy.set(clean(property.getKey()), copy(property.getValue()));
				}
				return copy;
			}
			if (node.isArray()) {
				ArrayNode copy = nodes.arrayNode(node.size());
				for (JsonNode element : node.values()) {
					copy.add(copy(element));
				}
				return copy;
			}
			if (node.isString()) {
				return nodes.stringNode(clean(node.stringValue()));
			}
			// numbers, booleans and null hold no secrets
			return node;
		}

		private String clean(String text) {
			SecretRedactor.Result result = SecretScrubber.this.redactor.redact(StorableText.of(text));
			if (result.redacted() || result.text().contains(REDACTION_MARK)) {
				this.redacted = true;
			}
			return result.text();
		}

	}

}
