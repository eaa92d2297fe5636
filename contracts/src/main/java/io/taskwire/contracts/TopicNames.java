package io.taskwire.contracts;

/**
 * Topic names under a configurable prefix, so that several stacks can share one cluster.
 *
 * @param prefix prepended to every topic's base name; empty by default
 */
public record TopicNames(String prefix) {

	public static final String DEAD_LETTER_SUFFIX = ".DLT";

	public TopicNames {
		prefix = (prefix != null) ? prefix : "";
	}

	public String of(Topic topic) {
		return this.prefix + topic.baseName();
	}

	public String deadLetterOf(Topic topic) {
		return of(topic) + DEAD_LETTER_SUFFIX;
	}

}
