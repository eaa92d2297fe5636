/**
 * gateway-service: the public HTTP API {@code /api/v1}, authentication, the task type
 * registry, task acceptance and the live event streams. Each sub-package owns one
 * feature.
 */
package io.taskwire.gateway;
