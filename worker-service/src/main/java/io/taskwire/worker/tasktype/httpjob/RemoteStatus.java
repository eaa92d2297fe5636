package io.taskwire.worker.tasktype.httpjob;

import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What a status poll said: {@code {"status": "running" | "done" | "failed", "progress"?:
 * 0..100, "result"?, "error"?}}. {@code state} is read too, and the common synonyms
 * ({@code succeeded}, {@code completed}, {@code error}, …) are understood.
 *
 * @param phase where the job is
 * @param percent its progress, or {@code null}
 * @param body the whole status body
 */
record RemoteStatus(Phase phase, Integer percent, JsonNode body) {

	private static final Set<String> DONE = Set.of("done", "succeeded", "success", "completed", "complete", "finished");

	private static final Set<String> FAILED = Set.of("failed", "failure", "error", "errored", "cancelled", "canceled");

	static RemoteStatus of(JsonNode body) {
		String status = body.path("status").asString(body.path("state").asString("")).toLowerCase(Locale.ROOT);
		Phase phase = DONE.contains(status) ? Phase.DONE : FAILED.contains(status) ? Phase.FAILED : Phase.RUNNING;
		JsonNode progress = body.path("progress");
		Integer percent = progress.isNumber() ? (int) Math.max(0, Math.min(100, progress.asDouble())) : null;
		return new RemoteStatus(phase, percent, body);
	}

	/**
	 * What the job produced: its {@code result}, or the whole status body.
	 * @return the result
	 */
	JsonNode result() {
		return this.body.has("result") ? this.body.get("result") : this.body;
	}

	String error() {
		JsonNode error = this.body.path("error");
		if (error.isString()) {
			return error.stringValue();
		}
		return error.isMissingNode() ? "no reason given" : error.toString();
	}

	/** Where a remote job is. */
	enum Phase {

		RUNNING, DONE, FAILED

	}

}
