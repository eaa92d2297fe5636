package io.taskwire.worker.llm.simulated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import io.taskwire.worker.llm.LlmMessage;

/**
 * What the simulated model says and how many tokens it counts. Everything here is a pure
 * function of the messages, so the same messages always get the same reply and usage.
 */
final class SimulatedReply {

	private static final int EXCERPT_CODE_POINTS = 80;

	private SimulatedReply() {
	}

	/**
	 * The messages as the model reads them: one {@code role: content} line per message.
	 * @param messages the conversation
	 * @return the rendered text whose length gives the input tokens
	 */
	static String render(List<LlmMessage> messages) {
		return messages.stream()
			.map((message) -> message.role().wireName() + ": " + message.content())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The reply: a digest of the whole conversation and an excerpt of its last user
	 * message.
	 * @param messages the conversation
	 * @return the reply
	 */
	static String to(List<LlmMessage> messages) {
		String lastUserMessage = messages.stream()
			.filter((message) -> message.role() == LlmMessage.Role.USER)
			.reduce((first, second) -> second)
			.orElse(messages.get(messages.size() - 1))
			.content();
		return "Simulated reply " + digest(render(messages)) + ": you said \""
				+ leading(lastUserMessage, EXCERPT_CODE_POINTS) + "\".";
	}

	/**
	 * Tokens as the simulated model counts them: a quarter of the Unicode code points,
	 * rounded up.
	 * @param text the text
	 * @return its tokens
	 */
	static long tokens(String text) {
		long codePoints = text.codePointCount(0, text.length());
		return (codePoints + 3) / 4;
	}

	/**
	 * The first code points of a text, never splitting a surrogate pair.
	 * @param text the text
	 * @param codePoints how many code points to keep
	 * @return the leading part
	 */
	static String leading(String text, long codePoints) {
		if (text.codePointCount(0, text.length()) <= codePoints) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, (int) codePoints));
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
