/**
 * The task routes of the public API: submit, get, timeline and LLM calls. Every route
 * that takes an id looks the task up for the caller first, so another user's task is a
 * 404 like any unknown id.
 */
package io.taskwire.gateway.task.web;
