package io.taskwire.worker.schema;

import io.taskwire.worker.schema.JsonSchemas.CompiledSchema;
import org.junit.jupiter.api.Test;

import static io.taskwire.worker.support.Dispatches.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class JsonSchemasTests {

	@Test
	void namesWhereAndWhatIsWrong() {
		CompiledSchema schema = JsonSchemas.compile(json("""
				{"type":"object","required":["name"],"properties":{"age":{"type":"integer","minimum":0}}}
				"""));

		assertThat(schema.violations(json("{\"name\":\"Ada\",\"age\":3}"))).isEmpty();
		assertThat(schema.violations(json("{\"age\":-1}"))).hasSize(2)
			.anySatisfy((error) -> assertThat(error).contains("name"))
			.anySatisfy((error) -> assertThat(error).contains("/age"));
	}

	@Test
	void neverFetchesARemoteReference() {
		Throwable failure = catchThrowable(
				() -> JsonSchemas.compile(json("{\"$ref\":\"http://127.0.0.1:1/x.json\"}")).violations(json("{}")));

		assertThat(failure).isInstanceOf(JsonSchemas.InvalidSchema.class);
	}

	@Test
	void refusesWhatIsNotASchema() {
		assertThat(catchThrowable(() -> JsonSchemas.compile(json("[1]"))))
			.isInstanceOf(JsonSchemas.InvalidSchema.class);
		assertThat(catchThrowable(() -> JsonSchemas.compile(null))).isInstanceOf(JsonSchemas.InvalidSchema.class);
	}

}
