package io.taskwire.trace.call;

/**
 * Makes text storable in PostgreSQL: {@code jsonb} and {@code text} refuse the NUL
 * character and lone UTF-16 surrogates, and a record that can never be stored would block
 * its partition forever. Each is replaced by U+FFFD.
 */
final class StorableText {

	static final char REPLACEMENT = '\uFFFD';

	private StorableText() {
	}

	static String of(String text) {
		int first = firstUnstorable(text);
		if (first < 0) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else {
				clean.append(isUnstorable(c) ? REPLACEMENT : c);
			}
		}
		return clean.toString();
	}

	private static int firstUnstorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (isUnstorable(c)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isUnstorable(char c) {
		return c == '\u0000' || Character.isSurrogate(c);
	}

}
