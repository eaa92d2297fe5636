/**
 * The OpenAPI description of the public API (springdoc), served unauthenticated at
 * {@code /v3/api-docs} with Swagger UI at {@code /swagger-ui.html}.
 */
package io.taskwire.gateway.openapi;
