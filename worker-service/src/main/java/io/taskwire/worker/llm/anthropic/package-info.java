/**
 * The adapter for Anthropic's Messages API ({@code /v1/messages}).
 */
package io.taskwire.worker.llm.anthropic;
