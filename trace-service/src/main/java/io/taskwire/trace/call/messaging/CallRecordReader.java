package io.taskwire.trace.call.messaging;

import java.time.Instant;

import io.taskwire.contracts.Envelope;
import io.taskwire.contracts.InvalidMessage;
import io.taskwire.contracts.Message;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.contracts.llm.LlmCallRecorded;
import io.taskwire.trace.call.CallBodies;
import io.taskwire.trace.call.LlmCall;
import io.taskwire.trace.call.StoredBody;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Turns an {@code llm.calls} record into the call to store: parsed, validated, bodies
 * redacted and capped.
 */
@Component
class CallRecordReader {

	private final MessageCodec codec;

	private final CallBodies bodies;

	CallRecordReader(MessageCodec codec, CallBodies bodies) {
		this.codec = codec;
		this.bodies = bodies;
	}

	/**
	 * Reads one record.
	 * @param record the record
	 * @param recordedAt the time to stamp the stored call with
	 * @return the call to store
	 * @throws InvalidMessage when the record is not a valid {@code LlmCallRecorded}
	 */
	LlmCall read(ConsumerRecord<String, byte[]> record, Instant recordedAt) {
		Envelope<Message> envelope = this.codec.decode(record.value());
		if (!(envelope.payload() instanceof LlmCallRecorded call)) {
			throw new InvalidMessage("unexpected message type '" + envelope.type() + "' on llm.calls");
		}
		CallValidation.check(call);
		StoredBody request = prepare(call.request());
		StoredBody response = prepare(call.response());
		boolean redacted = request.redacted() || (response != null && response.redacted());
		boolean truncated = request.truncated() || (response != null && response.truncated());
		return new LlmCall(call.callId(), envelope.eventId(), call.taskId(), call.attempt(), call.owner(),
				call.taskType(), call.step(), call.provider(), call.model(), call.promptVersion(), request.json(),
				(response != null) ? response.json() : null, call.usage(), call.latencyMillis(), call.startedAt(),
				call.outcome(), call.failureKind(), redacted, truncated, recordedAt);
	}

	private StoredBody prepare(JsonNode body) {
		try {
			return this.bodies.prepare(body);
		}
		catch (JacksonException ex) {
			// a body that cannot be written back (too deeply nested, say) never will be
			throw new InvalidMessage("invalid llm.call-recorded: body cannot be stored: " + ex.getOriginalMessage(),
					ex);
		}
	}

}
