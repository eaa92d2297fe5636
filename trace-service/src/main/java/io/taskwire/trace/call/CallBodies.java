package io.taskwire.trace.call;

import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.SecretRedactor;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Makes a call's request or response safe to keep: secrets redacted again (defence in
 * depth behind the worker's redactor), text storable in PostgreSQL, size capped.
 * Redaction comes first, so that truncation cannot cut a secret in half and hide it from
 * the patterns.
 */
@Component
public class CallBodies {

	private final SecretScrubber scrubber;

	private final BodyTruncator truncator;

	public CallBodies(TraceProperties properties, MessageCodec codec) {
		this.scrubber = new SecretScrubber(new SecretRedactor(properties.redactionPatterns()));
		this.truncator = new BodyTruncator(codec.mapper(), (int) properties.maxBodyBytes().toBytes());
	}

	/**
	 * The body as it is to be stored.
	 * @param body the body from the message, may be {@code null} or JSON {@code null}
	 * @return the stored body, or {@code null} when there is none
	 */
	public StoredBody prepare(JsonNode body) {
		if (body == null || body.isNull() || body.isMissingNode()) {
			return null;
		}
		SecretScrubber.Scrubbed scrubbed = this.scrubber.scrub(body);
		return this.truncator.cap(scrubbed.body(), scrubbed.redacted());
	}

}
