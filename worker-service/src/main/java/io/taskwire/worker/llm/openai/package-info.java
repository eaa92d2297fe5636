/**
 * The adapter for OpenAI-compatible chat completions ({@code /v1/chat/completions}).
 */
package io.taskwire.worker.llm.openai;
