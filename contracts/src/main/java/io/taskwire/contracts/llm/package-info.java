/** Records of LLM calls on {@code llm.calls}, redacted before they are published. */
package io.taskwire.contracts.llm;
