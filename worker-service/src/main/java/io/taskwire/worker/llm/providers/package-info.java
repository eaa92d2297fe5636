/**
 * Providers configured by name ({@code taskwire.worker.providers.<name>}): their
 * settings, and the adapters built from them.
 */
package io.taskwire.worker.llm.providers;
