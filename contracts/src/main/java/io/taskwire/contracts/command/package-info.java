/**
 * Commands from the gateway to task-service on {@code tasks.commands}, keyed by task id
 * so that one task's commands stay in order.
 */
package io.taskwire.contracts.command;
