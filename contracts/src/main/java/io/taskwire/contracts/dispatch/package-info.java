/**
 * Orders from task-service to workers: run an attempt ({@code tasks.dispatch}) or stop
 * one ({@code tasks.control}).
 */
package io.taskwire.contracts.dispatch;
