/**
 * The internal HTTP API the gateway reads tasks and timelines from, under
 * {@code /internal/v1}, guarded by the service token; owner scoping is part of every
 * query.
 */
package io.taskwire.task.lifecycle.web;
