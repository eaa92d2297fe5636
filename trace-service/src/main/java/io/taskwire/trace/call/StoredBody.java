package io.taskwire.trace.call;

/**
 * A request or response body as it is stored.
 *
 * @param json the body as JSON text, redacted and at most the configured size
 * @param redacted whether secrets were replaced in it (here or by the worker before)
 * @param truncated whether it was too large and is a preview of the original
 */
public record StoredBody(String json, boolean redacted, boolean truncated) {

}
