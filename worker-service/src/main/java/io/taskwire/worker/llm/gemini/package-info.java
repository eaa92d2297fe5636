/**
 * The adapter for Google Gemini's {@code generateContent}.
 */
package io.taskwire.worker.llm.gemini;
