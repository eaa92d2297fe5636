package io.taskwire.worker.schema;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * Compiles JSON Schemas (2020-12 unless a schema names its own dialect). Remote
 * references are never fetched: a schema comes from a task's input, and following its
 * {@code $ref}s would let a task make the worker call any URL.
 */
public final class JsonSchemas {

	private static final int MAX_REPORTED_ERRORS = 10;

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemaLoader((loader) -> loader.fetchRemoteResources(false)));

	private JsonSchemas() {
	}

	/**
	 * Compiles a schema.
	 * @param schema the schema
	 * @return the compiled schema
	 * @throws InvalidSchema when it is not a usable schema
	 */
	public static CompiledSchema compile(JsonNode schema) {
		if (schema == null || !(schema.isObject() || schema.isBoolean())) {
			throw new InvalidSchema("A JSON Schema must be an object or a boolean");
		}
		try {
			return new CompiledSchema(schema, REGISTRY.getSchema(schema));
		}
		catch (RuntimeException ex) {
			throw new InvalidSchema("The JSON Schema cannot be used: " + ex.getMessage());
		}
	}

	/**
	 * A compiled schema.
	 */
	public static final class CompiledSchema {

		private final JsonNode json;

		private final Schema schema;

		private CompiledSchema(JsonNode json, Schema schema) {
			this.json = json;
			this.schema = schema;
		}

		public JsonNode json() {
			return this.json;
		}

		/**
		 * Checks a value.
		 * @param value the value
		 * @return the first violations, each one line naming where and what, empty when
		 * the value is valid
		 */
		public List<String> violations(JsonNode value) {
			List<Error> errors;
			try {
				errors = this.schema.validate(value);
			}
			catch (SchemaException ex) {
				// references are resolved lazily, so a broken one shows only now
				throw new InvalidSchema("The JSON Schema cannot be used: " + ex.getMessage());
			}
			return errors.stream().limit(MAX_REPORTED_ERRORS).map(Error::toString).toList();
		}

	}

	/**
	 * A schema that cannot be compiled.
	 */
	public static class InvalidSchema extends RuntimeException {

		InvalidSchema(String message) {
			super(message);
		}

	}

}
