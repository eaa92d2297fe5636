package io.taskwire.worker.llm;

import io.taskwire.contracts.llm.Usage;

/**
 * What an adapter learned about a call while it ran: the tokens counted and the text
 * received so far. When the call is stopped (a cancel, the attempt time limit), its
 * record carries this partial output and usage. Adapters that learn nothing before the
 * answer leave it empty. Thread-safe.
 */
public final class CallProgress {

	private long inputTokens;

	private long outputTokens;

	private String partialText;

	private boolean known;

	/**
	 * The prompt's tokens, once counted.
	 * @param tokens the tokens
	 */
	public synchronized void inputTokens(long tokens) {
		this.inputTokens = tokens;
		this.known = true;
	}

	/**
	 * The output so far.
	 * @param text the text received so far
	 * @param tokens its tokens
	 */
	public synchronized void output(String text, long tokens) {
		this.partialText = text;
		this.outputTokens = tokens;
		this.known = true;
	}

	/**
	 * The tokens known to be spent.
	 * @return the usage, or {@code null} when nothing is known
	 */
	public synchronized Usage usage() {
		return this.known ? Usage.of(this.inputTokens, this.outputTokens) : null;
	}

	/**
	 * The text received before the call stopped.
	 * @return the text, or {@code null}
	 */
	public synchronized String partialText() {
		return this.partialText;
	}

}
