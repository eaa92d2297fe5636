package io.taskwire.worker.tasktype.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checkpoint of a translation: the chunks translated so far, in order, with a
 * fingerprint of what was being translated, so a retry whose input was changed (a retry
 * with an input patch) starts over instead of stitching old chunks in.
 * {@code {"fingerprint": "…", "chunks": 5, "translated": ["…", "…"]}}
 *
 * @param fingerprint the input's fingerprint
 * @param chunks how many chunks the text has
 * @param translated the chunks translated so far
 */
record TranslationCheckpoint(String fingerprint, int chunks, List<String> translated) {

	TranslationCheckpoint {
		translated = List.copyOf(translated);
	}

	static String fingerprint(String text, String targetLanguage, String sourceLanguage, int chunkChars) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : new String[] { text, targetLanguage, String.valueOf(sourceLanguage),
					String.valueOf(chunkChars) }) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/**
	 * The checkpoint an earlier attempt left, if it is about this very translation.
	 * @param json the checkpoint, if any
	 * @param fingerprint this translation's fingerprint
	 * @param chunks how many chunks this translation has
	 * @return the checkpoint, or empty to start over
	 */
	static Optional<TranslationCheckpoint> from(Optional<JsonNode> json, String fingerprint, int chunks) {
		return json.filter((node) -> fingerprint.equals(node.path("fingerprint").asString(null)))
			.filter((node) -> node.path("chunks").asInt(-1) == chunks)
			.filter((node) -> node.path("translated").isArray() && node.get("translated").size() <= chunks)
			.map((node) -> {
				List<String> translated = new ArrayList<>();
				node.get("translated").values().forEach((chunk) -> translated.add(chunk.asString()));
				return new TranslationCheckpoint(fingerprint, chunks, translated);
			});
	}

	TranslationCheckpoint with(String translatedChunk) {
		List<String> more = new ArrayList<>(this.translated);
		more.add(translatedChunk);
		return new TranslationCheckpoint(this.fingerprint, this.chunks, more);
	}

	JsonNode toJson() {
		ObjectNode json = JsonNodeFactory.instance.objectNode();
		json.put("fingerprint", this.fingerprint);
		json.put("chunks", this.chunks);
		ArrayNode translated = json.putArray("translated");
		this.translated.forEach(translated::add);
		return json;
	}

}
