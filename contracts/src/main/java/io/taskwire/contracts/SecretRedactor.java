package io.taskwire.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in text with {@code [REDACTED:<kind>]} before it leaves a worker or is
 * stored: provider keys, bearer tokens, JWTs and {@code Authorization} headers, plus
 * configured patterns.
 */
public final class SecretRedactor {

	private static final Map<String, Pattern> BUILT_IN = builtIn();

	private final Map<String, Pattern> patterns;

	public SecretRedactor() {
		this(Map.of());
	}

	/**
	 * A redactor with extra patterns besides the built-in ones.
	 * @param extraPatterns kind to regular expression
	 */
	public SecretRedactor(Map<String, String> extraPatterns) {
		this.patterns = new LinkedHashMap<>(BUILT_IN);
		extraPatterns.forEach((kind, regex) -> this.patterns.put(kind, Pattern.compile(regex)));
	}

	private static Map<String, Pattern> builtIn() {
		Map<String, Pattern> patterns = new LinkedHashMap<>();
		// most specific first: an Authorization header holds a bearer token, which may
		// hold a JWT
		patterns.put("authorization", Pattern.compile("(?i)authorization:\\s*[^\\r\\n\"]+"));
		patterns.put("bearer", Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]{8,}"));
		patterns.put("jwt", Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}"));
		patterns.put("anthropic_key", Pattern.compile("sk-ant-[A-Za-z0-9_-]{8,}"));
		patterns.put("openai_key", Pattern.compile("sk-[A-Za-z0-9_-]{16,}"));
		patterns.put("google_key", Pattern.compile("AIza[0-9A-Za-z_-]{30,}"));
		return patterns;
	}

	/**
	 * The text with every secret replaced.
	 * @param text the text, may be {@code null}
	 * @return the redacted text and the kinds found
	 */
	public Result redact(String text) {
		if (text == null) {
			return new Result(null, List.of());
		}
		String redacted = text;
		List<String> kinds = new ArrayList<>();
		for (Map.Entry<String, Pattern> pattern : this.patterns.entrySet()) {
			Matcher matcher = pattern.getValue().matcher(redacted);
			if (matcher.find()) {
				kinds.add(pattern.getKey());
				redacted = matcher.replaceAll(Matcher.quoteReplacement("[REDACTED:" + pattern.getKey() + "]"));
			}
		}
		return new Result(redacted, List.copyOf(kinds));
	}

	/**
	 * Redacted text.
	 *
	 * @param text the text with secrets replaced
	 * @param kinds the kinds of secret that were found, empty when none
	 */
	public record Result(String text, List<String> kinds) {

		public boolean redacted() {
			return !this.kinds.isEmpty();
		}

	}

}
