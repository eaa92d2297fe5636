/**
 * Requests- and tokens-per-minute limits per provider and model: calls wait for capacity
 * instead of failing.
 */
package io.taskwire.worker.llm.limit;
