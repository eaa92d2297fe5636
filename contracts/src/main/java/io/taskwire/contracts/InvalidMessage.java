package io.taskwire.contracts;

/**
 * A record that cannot be parsed, or parses into something invalid. Consumers send it to
 * the topic's dead-letter topic with this message as the reason; retrying cannot fix it.
 */
public class InvalidMessage extends RuntimeException {

	public InvalidMessage(String message) {
		super(message);
	}

	public InvalidMessage(String message, Throwable cause) {
		super(message, cause);
	}

}
