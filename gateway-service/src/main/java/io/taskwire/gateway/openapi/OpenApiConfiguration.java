package io.taskwire.gateway.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.taskwire.gateway.auth.Caller;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the public API: bearer authentication on every route, the problem responses
 * every route may give, and the authenticated {@link Caller} kept out of the parameters
 * (it comes from the credential, never from the request).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	private static final String PROBLEM = "Problem";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI taskwireOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Taskwire API")
				.version("v1")
				.description("Submit asynchronous AI tasks and watch them run. Errors are RFC 9457 problem "
						+ "details; their types are listed in the gateway's README."))
			.servers(List.of(new Server().url("/")))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("An API key (later also a JWT): Authorization: Bearer <credential>"))
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** Adds the problems every operation may answer with. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> openApi.getPaths().forEach((path, item) -> {
			for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
				Operation operation = entry.getValue();
				problem(operation, "401", "No valid bearer credential");
				problem(operation, "503", "A dependency is unavailable; retry after Retry-After");
				if (path.contains("{id}")) {
					problem(operation, "404", "No such task visible to the caller");
				}
				if (entry.getKey() == PathItem.HttpMethod.POST) {
					problem(operation, "400", "Malformed JSON");
					problem(operation, "413", "Body over 1 MiB");
					problem(operation, "422", "Invalid request; each violation named by JSON pointer");
				}
			}
		});
	}

	private static void problem(Operation operation, String status, String description) {
		operation.getResponses()
			.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type",
					new StringSchema().format("uri").example("https://taskwire.io/problems/task-not-found"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("errors",
					new ArraySchema().items(new ObjectSchema().addProperty("pointer", new StringSchema())
						.addProperty("code", new StringSchema())
						.addProperty("message", new StringSchema())))
			.addProperty("knownTypes", new ArraySchema().items(new StringSchema()))
			.addProperty("correlationId", new StringSchema());
	}

}
