package io.taskwire.gateway.task;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import io.taskwire.contracts.TaskOptions;
import tools.jackson.databind.JsonNode;

/**
 * A task submission ({@code POST /api/v1/tasks}). Any other field is rejected.
 *
 * @param type a registered task type
 * @param input the type's input, valid against its schema; {@code {}} when absent
 * @param options model and provider, each optional
 * @param priority 0 to 9, higher first; default 5
 * @param timeoutSeconds longest one attempt may run, 1 s to 7 days; default from the type
 * @param maxAttempts 1 to 20; default from the type
 * @param deadline when the whole task times out (RFC 3339), in the future
 * @param metadata string tags for the caller's own references
 */
@Schema(description = "A task submission; fields not listed here are rejected with 422")
public record TaskRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "llm.chat") String type,
		@Schema(description = "Valid against the type's input schema", example = "{\"prompt\":\"Say hello\"}",
				type = "object") JsonNode input,
		TaskOptions options, @Schema(minimum = "0", maximum = "9", defaultValue = "5") Integer priority,
		@Schema(minimum = "1", maximum = "604800") Integer timeoutSeconds,
		@Schema(minimum = "1", maximum = "20") Integer maxAttempts, Instant deadline,
		@Schema(maxProperties = TaskRequestReader.MAX_METADATA_ENTRIES) Map<String, String> metadata) {

}
