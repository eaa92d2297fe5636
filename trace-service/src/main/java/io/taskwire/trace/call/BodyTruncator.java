package io.taskwire.trace.call;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Caps a body's stored size. A body over the limit is replaced by
 * {@code {"truncated":true,"originalBytes":n,"preview":"<the start of its JSON text>"}},
 * itself within the limit: still valid JSON, still searchable, and plainly not the
 * original.
 */
final class BodyTruncator {

	private final JsonMapper mapper;

	private final int maxBytes;

	BodyTruncator(JsonMapper mapper, int maxBytes) {
		this.mapper = mapper;
		this.maxBytes = maxBytes;
	}

	StoredBody cap(JsonNode body, boolean redacted) {
		byte[] json = this.mapper.writeValueAsBytes(body);
		if (json.length <= this.maxBytes) {
			return new StoredBody(new String(json, StandardCharsets.UTF_8), redacted, false);
		}
		return new StoredBody(preview(new String(json, StandardCharsets.UTF_8), json.length), redacted, true);
	}

	private String preview(String json, int originalBytes) {
		int budget = this.maxBytes - serialisedSize(wrapper("", originalBytes));
		while (true) {
			byte[] wrapped = this.mapper.writeValueAsBytes(wrapper(utf8Prefix(json, budget), originalBytes));
			int excess = wrapped.length - this.maxBytes;
			if (excess <= 0) {
				return new String(wrapped, StandardCharsets.UTF_8);
			}
			// escaping (quotes, backslashes) made the preview longer than its raw bytes
			budget -= excess;
		}
	}

	private ObjectNode wrapper(String preview, int originalBytes) {
		return JsonNodeFactory.instance.objectNode()
			.put("truncated", true)
			.put("originalBytes", originalBytes)
			.put("preview", preview);
	}

	private int serialisedSize(JsonNode node) {
		return this.mapper.writeValueAsBytes(node).length;
	}

	/** The longest prefix of whole code points that fits in the given UTF-8 bytes. */
	static String utf8Prefix(String text, int maxBytes) {
		int bytes = 0;
		int end = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			bytes += utf8Length(codePoint);
			if (bytes > maxBytes) {
				break;
			}
			end += Character.charCount(codePoint);
		}
		return text.substring(0, end);
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
