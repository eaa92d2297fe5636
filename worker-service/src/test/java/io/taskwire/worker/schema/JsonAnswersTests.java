package io.taskwire.worker.schema;

import org.junit.jupiter.api.Test;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonAnswersTests {

	@Test
	void readsJsonAsItComes() {
		assertThat(JsonAnswers.parse(" {\"a\":1} ")).isEqualTo(json("{\"a\":1}"));
		assertThat(JsonAnswers.parse("[1,2]")).isEqualTo(json("[1,2]"));
	}

	@Test
	void readsJsonOutOfAFenceOrASentence() {
		assertThat(JsonAnswers.parse("```json\n{\"a\":1}\n```")).isEqualTo(json("{\"a\":1}"));
		assertThat(JsonAnswers.parse("Here you are: {\"a\":{\"b\":2}} Enjoy!")).isEqualTo(json("{\"a\":{\"b\":2}}"));
	}

	@Test
	void saysWhyAnAnswerIsNotJson() {
		assertThat(catchThrowableOfType(JsonAnswers.NotJson.class, () -> JsonAnswers.parse("")).getMessage())
			.contains("empty");
		assertThat(catchThrowableOfType(JsonAnswers.NotJson.class, () -> JsonAnswers.parse("{\"a\": ")).getMessage())
			.contains("not valid JSON");
		assertThat(catchThrowableOfType(JsonAnswers.NotJson.class, () -> JsonAnswers.parse("no json here")))
			.isNotNull();
	}

}
