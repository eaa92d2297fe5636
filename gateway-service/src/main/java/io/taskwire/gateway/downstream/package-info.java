/**
 * Clients of the services behind the gateway: task-service and trace-service, over their
 * internal HTTP API ({@code /internal/v1}, service token). Owner scoping travels
 * explicitly on every call; anything but a clear answer (5xx, no connection, a timeout,
 * an unreadable body) becomes a 503 that names no host.
 */
package io.taskwire.gateway.downstream;
