package io.taskwire.gateway.tasktype;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Compiles the input schemas workers register and validates inputs against them. Schemas
 * without {@code $schema} are read as JSON Schema 2020-12. Nothing is ever fetched from
 * the network: a schema comes from a worker, and a remote {@code $ref} in it must not
 * make the gateway call out.
 */
public final class InputSchemas {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemaLoader((loader) -> loader.fetchRemoteResources(false))
				.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

	/**
	 * Keywords whose errors are located at the object but are about one of its properties
	 * (missing or not allowed): the pointer names the property.
	 */
	private static final Set<String> NAMES_A_PROPERTY = Set.of("required", "dependentRequired", "additionalProperties",
			"unevaluatedProperties");

	private InputSchemas() {
	}

	/**
	 * Compiles a schema.
	 * @param schema the JSON Schema
	 * @return the compiled schema
	 * @throws IllegalArgumentException when it is not a usable schema
	 */
	public static Schema compile(JsonNode schema) {
		try {
			Schema compiled = REGISTRY.getSchema(schema);
			compiled.initializeValidators();
			// references resolve lazily: a trial validation finds a broken one now,
			// at registration, rather than on a caller's submission
			compiled.validate(JsonNodeFactory.instance.objectNode());
			return compiled;
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("not a usable JSON Schema: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Validates an input.
	 * @param schema the compiled schema
	 * @param input the input
	 * @return every violation, empty when the input is valid
	 */
	public static List<InputViolation> validate(Schema schema, JsonNode input) {
		List<InputViolation> violations = new ArrayList<>();
		for (Error error : schema.validate(input)) {
			violations.add(new InputViolation(pointer(error), error.getMessage()));
		}
		return violations;
	}

	private static String pointer(Error error) {
		String location = (error.getInstanceLocation() != null) ? error.getInstanceLocation().toString() : "";
		if (NAMES_A_PROPERTY.contains(error.getKeyword()) && error.getProperty() != null) {
			return location + "/" + escape(error.getProperty());
		}
		return location;
	}

	private static String escape(String property) {
		return property.replace("~", "~0").replace("/", "~1");
	}

}
