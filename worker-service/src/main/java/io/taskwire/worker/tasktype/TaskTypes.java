package io.taskwire.worker.tasktype;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.taskwire.contracts.MessageCodec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The catalogue of task types this worker runs: every {@link TaskType} bean with its
 * schema. A type without a valid schema, or a name used twice, stops the worker at
 * start-up rather than failing tasks later.
 */
@Component
public class TaskTypes {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

	private final Map<String, RegisteredTaskType> byName;

	public TaskTypes(List<TaskType> types, MessageCodec codec) {
		SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		Map<String, RegisteredTaskType> registered = new TreeMap<>();
		for (TaskType type : types) {
			if (!NAME.matcher(type.name()).matches()) {
				throw new IllegalStateException("Task type name '" + type.name() + "' is not lower-case dotted");
			}
			JsonNode schemaJson = readSchema(type, codec);
			Schema schema = schemas.getSchema(schemaJson);
			if (registered.putIfAbsent(type.name(), new RegisteredTaskType(type, schemaJson, schema)) != null) {
				throw new IllegalStateException("Two task types are named '" + type.name() + "'");
			}
		}
		this.byName = Collections.unmodifiableMap(registered);
	}

	private static JsonNode readSchema(TaskType type, MessageCodec codec) {
		ClassPathResource resource = new ClassPathResource(type.inputSchemaLocation());
		try (InputStream input = resource.getInputStream()) {
			JsonNode schema = codec.mapper().readTree(input);
			if (!schema.isObject()) {
				throw new IllegalStateException("The input schema of " + type.name() + " is not a JSON object");
			}
			return schema;
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException(
					"The input schema of " + type.name() + " cannot be read from " + type.inputSchemaLocation(), ex);
		}
	}

	public Optional<RegisteredTaskType> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * Every type, by name.
	 * @return the types
	 */
	public Collection<RegisteredTaskType> all() {
		return this.byName.values();
	}

}
