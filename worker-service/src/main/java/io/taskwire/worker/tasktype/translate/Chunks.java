package io.taskwire.worker.tasktype.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into chunks on paragraph boundaries (one or more blank lines): paragraphs
 * are gathered into a chunk while it stays within the size, and a paragraph longer than
 * the size is a chunk of its own, never split. Chunks are joined back with one blank
 * line.
 */
final class Chunks {

	static final String SEPARATOR = "\n\n";

	private static final Pattern BLANK_LINES = Pattern.compile("\\R[\\h]*(\\R[\\h]*)+");

	private Chunks() {
	}

	static List<String> of(String text, int maxChars) {
		List<String> chunks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String paragraph : BLANK_LINES.split(text.strip())) {
			String trimmed = paragraph.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (!current.isEmpty() && current.length() + SEPARATOR.length() + trimmed.length() > maxChars) {
				chunks.add(current.toString());
				current.setLength(0);
			}
			if (!current.isEmpty()) {
				current.append(SEPARATOR);
			}
			current.append(trimmed);
		}
		if (!current.isEmpty()) {
			chunks.add(current.toString());
		}
		return chunks;
	}

}
