package io.taskwire.worker.tasktype.translate;

import java.util.List;
import java.util.Map;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.tasktype.LlmResults;
import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code llm.translate {text, targetLanguage, sourceLanguage?, chunkChars?}}: cuts the
 * text into chunks on paragraph boundaries ({@link Chunks}), translates them one after
 * the other (steps {@code chunk-1}, {@code chunk-2}, …), and reports progress with a
 * checkpoint after each chunk ({@link TranslationCheckpoint}). A retry, on any worker,
 * starts from the checkpoint and makes no calls for the chunks already translated. The
 * result is {@code {"text": <the stitched translation>, "chunks": n, "resumedChunks": k,
 * "targetLanguage", "provider", "model", "usage"}} (usage of this attempt's calls).
 */
@Component
public class TranslateTaskType implements TaskType {

	public static final String NAME = "llm.translate";

	static final String PROMPT_VERSION = "translate-1";

	static final int DEFAULT_CHUNK_CHARS = 4000;

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
		return "Translates a text chunk by chunk, resuming from the last translated chunk on a retry.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(3600, 5);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		JsonNode input = context.input();
		String text = input.get("text").stringValue();
		String target = input.get("targetLanguage").stringValue();
		String source = input.hasNonNull("sourceLanguage") ? input.get("sourceLanguage").stringValue() : null;
		int chunkChars = input.path("chunkChars").asInt(DEFAULT_CHUNK_CHARS);
		List<String> chunks = Chunks.of(text, chunkChars);
		String fingerprint = TranslationCheckpoint.fingerprint(text, target, source, chunkChars);
		TranslationCheckpoint start = TranslationCheckpoint.from(context.checkpoint(), fingerprint, chunks.size())
			.orElse(new TranslationCheckpoint(fingerprint, chunks.size(), List.of()));
		int resumed = start.translated().size();
		if (resumed > 0) {
			context.log(LogLine.Level.INFO,
					"Resuming: " + resumed + " of " + chunks.size() + " chunks were translated by an earlier attempt",
					Map.of("resumedChunks", String.valueOf(resumed)));
		}
		Translation translation = new Translation(context, chunks, systemPrompt(target, source));
		return translation.from(start).map((done) -> result(done, translation, resumed, target));
	}

	private static String systemPrompt(String target, String source) {
		String from = (source != null) ? "from " + source + " " : "";
		return "Translate the user's text " + from + "into " + target
				+ ". Keep the paragraph breaks, names, numbers and formatting. Answer with the translation only.";
	}

	private static JsonNode result(TranslationCheckpoint done, Translation translation, int resumed, String target) {
		ObjectNode result = JsonNodeFactory.instance.objectNode();
		result.put("text", String.join(Chunks.SEPARATOR, done.translated()));
		result.put("chunks", done.chunks());
		result.put("resumedChunks", resumed);
		result.put("targetLanguage", target);
		return LlmResults.addAnsweredBy(result, translation.lastAnswer, translation.spent);
	}

	/**
	 * The chunks still to translate, one call each, in order.
	 */
	private static final class Translation {

		private final TaskContext context;

		private final List<String> chunks;

		private final String systemPrompt;

		private LlmResponse lastAnswer;

		private Usage spent = Usage.of(0, 0);

		Translation(TaskContext context, List<String> chunks, String systemPrompt) {
			this.context = context;
			this.chunks = chunks;
			this.systemPrompt = systemPrompt;
		}

		/**
		 * Translates what the checkpoint lacks. A loop of {@code expand} rather than
		 * recursion, so thousands of chunks do not nest operators.
		 */
		Mono<TranslationCheckpoint> from(TranslationCheckpoint start) {
			return Mono.just(start)
				.expand((checkpoint) -> (checkpoint.translated().size() < this.chunks.size()) ? next(checkpoint)
						: Mono.empty())
				.last();
		}

		private Mono<TranslationCheckpoint> next(TranslationCheckpoint checkpoint) {
			int index = checkpoint.translated().size();
			LlmRequest request = LlmRequest
				.of(List.of(LlmMessage.system(this.systemPrompt), LlmMessage.user(this.chunks.get(index))));
			return this.context.llm()
				.complete("chunk-" + (index + 1), PROMPT_VERSION, request)
				.map((response) -> translated(checkpoint, response));
		}

		private TranslationCheckpoint translated(TranslationCheckpoint checkpoint, LlmResponse response) {
			this.lastAnswer = response;
			this.spent = LlmResults.add(this.spent, response.usage());
			TranslationCheckpoint next = checkpoint.with(response.text().strip());
			int done = next.translated().size();
			this.context.progress(done * 100 / this.chunks.size(),
					"Translated chunk " + done + " of " + this.chunks.size(), next.toJson());
			return next;
		}

	}

}
