package io.taskwire.worker.tasktype.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.InvalidAnswer;
import io.taskwire.worker.llm.LlmCalls;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.schema.JsonAnswers;
import io.taskwire.worker.schema.JsonSchemas;
import io.taskwire.worker.schema.JsonSchemas.CompiledSchema;
import io.taskwire.worker.tasktype.LlmResults;
import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskFailure;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code llm.extract {text, schema, instructions?, maxRepairs?}}: asks the model for one
 * JSON value valid against {@code schema}. An answer that is not JSON, or breaks the
 * schema, is sent back with the validation errors for a repair, up to {@code maxRepairs}
 * (3 by default); every try is a recorded call (steps {@code extract}, {@code repair-1},
 * …). When repairs run out, the next model of the type's fallback chain gets a fresh
 * start; when none is left the task fails with the last errors ({@code provider_error},
 * not retryable: the repairs were the retries).
 * <p>
 * The result is {@code {"data": <the value>, "repairs": n, "provider", "model",
 * "usage"}}.
 */
@Component
public class ExtractTaskType implements TaskType {

	public static final String NAME = "llm.extract";

	static final String PROMPT_VERSION = "extract-1";

	static final int DEFAULT_REPAIRS = 3;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public String description() {
		return "Extracts JSON valid against a given JSON Schema from a text, repairing invalid answers.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(600, 3);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		JsonNode input = context.input();
		CompiledSchema schema = compile(input.get("schema"));
		int maxRepairs = input.path("maxRepairs").asInt(DEFAULT_REPAIRS);
		List<LlmMessage> conversation = List.of(LlmMessage.system(instructions(schema, input)),
				LlmMessage.user(input.get("text").stringValue()));
		return context.llm()
			.withFallback((calls) -> new Extraction(context, calls, schema, maxRepairs).run(conversation))
			.map(Extracted::toJson);
	}

	private static CompiledSchema compile(JsonNode schema) {
		try {
			CompiledSchema compiled = JsonSchemas.compile(schema);
			// references are resolved when first used: a broken top-level one fails here
			compiled.violations(JsonNodeFactory.instance.nullNode());
			return compiled;
		}
		catch (JsonSchemas.InvalidSchema ex) {
			throw TaskFailure.invalidRequest(ex.getMessage());
		}
	}

	private static String instructions(CompiledSchema schema, JsonNode input) {
		StringBuilder prompt = new StringBuilder(
				"Extract data from the user's text. Answer with exactly one JSON value that is valid against this "
						+ "JSON Schema, and nothing else (no prose, no Markdown):\n")
			.append(schema.json().toString());
		if (input.hasNonNull("instructions")) {
			prompt.append("\n\nInstructions: ").append(input.get("instructions").stringValue());
		}
		return prompt.toString();
	}

	/**
	 * One model's try at the extraction: the first answer and its repairs.
	 */
	private static final class Extraction {

		private final TaskContext context;

		private final LlmCalls calls;

		private final CompiledSchema schema;

		private final int maxRepairs;

		private Usage spent = Usage.of(0, 0);

		Extraction(TaskContext context, LlmCalls calls, CompiledSchema schema, int maxRepairs) {
			this.context = context;
			this.calls = calls;
			this.schema = schema;
			this.maxRepairs = maxRepairs;
		}

		Mono<Extracted> run(List<LlmMessage> conversation) {
			return ask(conversation, 0);
		}

		private Mono<Extracted> ask(List<LlmMessage> conversation, int repair) {
			String step = (repair == 0) ? "extract" : "repair-" + repair;
			LlmRequest request = LlmRequest.of(conversation).withResponseSchema(this.schema.json());
			return this.calls.complete(step, PROMPT_VERSION, request)
				.flatMap((response) -> check(conversation, repair, response));
		}

		private Mono<Extracted> check(List<LlmMessage> conversation, int repair, LlmResponse response) {
			this.spent = LlmResults.add(this.spent, response.usage());
			List<String> errors;
			JsonNode value = null;
			try {
				value = JsonAnswers.parse(response.text());
				errors = this.schema.violations(value);
			}
			catch (JsonAnswers.NotJson ex) {
				errors = List.of(ex.getMessage());
			}
			catch (JsonSchemas.InvalidSchema ex) {
				return Mono.error(TaskFailure.invalidRequest(ex.getMessage()));
			}
			if (errors.isEmpty()) {
				return Mono.just(new Extracted(value, repair, response, this.spent));
			}
			if (repair >= this.maxRepairs) {
				return Mono.error(new InvalidAnswer("The answer of " + response.provider() + "/" + response.model()
						+ " was not valid after " + this.maxRepairs + " repairs: " + String.join("; ", errors)));
			}
			this.context.log(LogLine.Level.INFO,
					"The answer was not valid; asking for repair " + (repair + 1) + " of " + this.maxRepairs,
					Map.of("errors", String.join("; ", errors)));
			List<LlmMessage> next = new ArrayList<>(conversation);
			next.add(new LlmMessage(LlmMessage.Role.ASSISTANT, response.text()));
			next.add(LlmMessage.user("That answer is not valid: " + String.join("; ", errors)
					+ "\nAnswer again with only the corrected JSON value."));
			return ask(next, repair + 1);
		}

	}

	private record Extracted(JsonNode data, int repairs, LlmResponse answer, Usage usage) {

		JsonNode toJson() {
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			result.set("data", this.data);
			result.put("repairs", this.repairs);
			return LlmResults.addAnsweredBy(result, this.answer, this.usage);
		}

	}

}
