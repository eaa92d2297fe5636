package io.taskwire.worker.execution;

import io.taskwire.contracts.Progress;
import tools.jackson.databind.JsonNode;

/**
 * One progress report of a handler, with the attempt's current checkpoint.
 *
 * @param progress percent and message
 * @param checkpoint what a later attempt needs to resume, or {@code null}
 */
record ProgressUpdate(Progress progress, JsonNode checkpoint) {

}
