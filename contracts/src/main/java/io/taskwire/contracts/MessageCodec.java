package io.taskwire.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Turns envelopes into JSON bytes and back. Unknown fields are ignored on read, so
 * producers may add optional fields without breaking consumers; absent values are left
 * out on write.
 */
public final class MessageCodec {

	private final JsonMapper mapper;

	public MessageCodec() {
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.changeDefaultPropertyInclusion((value) -> value.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	public byte[] encode(Envelope<?> envelope) {
		return this.mapper.writeValueAsBytes(envelope);
	}

	/**
	 * Indented JSON, as in the golden files.
	 * @param envelope the envelope
	 * @return the envelope as indented JSON text
	 */
	public String encodePretty(Envelope<?> envelope) {
		return this.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(envelope);
	}

	/**
	 * Reads an envelope and its payload.
	 * @param bytes the record value
	 * @return the envelope
	 * @throws InvalidMessage when the bytes are not a valid envelope of a known message
	 * type
	 */
	public Envelope<Message> decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidMessage("empty record value");
		}
		try {
			JsonNode tree = this.mapper.readTree(bytes);
			if (!(tree instanceof ObjectNode envelope)) {
				throw new InvalidMessage("record value is not a JSON object");
			}
			MessageType type = MessageType.ofWireName(envelope.path("type").asString(null));
			int version = envelope.path("schemaVersion").asInt(0);
			if (version < 1 || version > type.schemaVersion()) {
				throw new InvalidMessage("unsupported schema version " + version + " of " + type.wireName());
			}
			JsonNode payload = envelope.get("payload");
			if (payload == null || !payload.isObject()) {
				throw new InvalidMessage("payload of " + type.wireName() + " is missing");
			}
			Message message = this.mapper.treeToValue(payload, type.payloadType());
			return new Envelope<>(this.mapper.treeToValue(envelope.get("eventId"), java.util.UUID.class),
					type.wireName(), version,
					this.mapper.treeToValue(envelope.get("occurredAt"), java.time.Instant.class),
					envelope.path("traceparent").asString(null), message);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new InvalidMessage("invalid record: " + rootMessage(ex), ex);
		}
	}

	/** The mapper, for payload fields that carry free-form JSON. */
	public JsonMapper mapper() {
		return this.mapper;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
