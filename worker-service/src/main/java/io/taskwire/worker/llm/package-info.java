/**
 * The LLM provider port ({@link io.taskwire.worker.llm.LlmProvider}), provider choice by
 * name, and the recording of every call as {@code LlmCallRecorded} on {@code llm.calls},
 * redacted, before the handler sees the answer. Adapters live in sub-packages
 * ({@code simulated}).
 */
package io.taskwire.worker.llm;
