package io.taskwire.worker.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.taskwire.contracts.MessageCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON value out of a model's answer. Models asked for JSON still wrap it in a
 * Markdown fence or a sentence now and then, so this takes the fenced block, or the text
 * from the first brace or bracket to the matching last one, when the whole text is not
 * JSON.
 */
public final class JsonAnswers {

	private static final Pattern FENCE = Pattern.compile("```(?:json|JSON)?\\s*\\n?(.*?)```", Pattern.DOTALL);

	private static final JsonMapper MAPPER = new MessageCodec().mapper();

	private JsonAnswers() {
	}

	/**
	 * Parses an answer.
	 * @param text the model's text
	 * @return the JSON value
	 * @throws NotJson naming why, in words a model can act on
	 */
	public static JsonNode parse(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty()) {
			throw new NotJson("The answer was empty; it must be one JSON value.");
		}
		JacksonException first;
		try {
			return MAPPER.readTree(trimmed);
		}
		catch (JacksonException ex) {
			first = ex;
		}
		Matcher fence = FENCE.matcher(trimmed);
		if (fence.find()) {
			return tryParse(fence.group(1).strip(), first);
		}
		int start = firstOf(trimmed, '{', '[');
		int end = Math.max(trimmed.lastIndexOf('}'), trimmed.lastIndexOf(']'));
		if (start >= 0 && end > start) {
			return tryParse(trimmed.substring(start, end + 1), first);
		}
		throw notJson(first);
	}

	private static JsonNode tryParse(String candidate, JacksonException original) {
		try {
			return MAPPER.readTree(candidate);
		}
		catch (JacksonException ex) {
			throw notJson(ex);
		}
	}

	private static int firstOf(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		if (i < 0) {
			return j;
		}
		return (j < 0) ? i : Math.min(i, j);
	}

	private static NotJson notJson(JacksonException ex) {
		return new NotJson("The answer is not valid JSON: " + ex.getOriginalMessage());
	}

	/**
	 * An answer that holds no JSON value.
	 */
	public static class NotJson extends RuntimeException {

		NotJson(String message) {
			super(message);
		}

	}

}
