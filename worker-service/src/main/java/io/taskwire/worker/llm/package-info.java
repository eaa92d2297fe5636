/**
 * The LLM provider port ({@link io.taskwire.worker.llm.LlmProvider}), provider choice by
 * name, fallback chains per task type, failure injection flags for the simulated
 * provider, and the recording of every call as {@code LlmCallRecorded} on
 * {@code llm.calls}, redacted, before the handler sees the answer. Adapters live in
 * sub-packages ({@code simulated}, {@code openai}, {@code anthropic}, {@code gemini} on
 * the shared {@code http} client); {@code providers} builds the configured ones and
 * {@code limit} holds their rate limits.
 */
package io.taskwire.worker.llm;
