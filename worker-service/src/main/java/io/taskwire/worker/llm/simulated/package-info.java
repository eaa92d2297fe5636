/**
 * The built-in simulated LLM provider: deterministic answers, token counts by a fixed
 * formula and configurable latency, so every task type runs offline and in tests.
 */
package io.taskwire.worker.llm.simulated;
