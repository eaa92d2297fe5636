/**
 * The internal HTTP API the gateway reads calls from, scoped to the caller in SQL.
 */
package io.taskwire.trace.call.web;
