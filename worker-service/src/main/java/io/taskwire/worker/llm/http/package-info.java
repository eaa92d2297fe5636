/**
 * What the HTTP provider adapters share: the pooled, non-blocking WebClient, the call
 * skeleton ({@link io.taskwire.worker.llm.http.HttpLlmProvider}) and the classification
 * of HTTP failures, including reset times from rate-limit headers.
 */
package io.taskwire.worker.llm.http;
