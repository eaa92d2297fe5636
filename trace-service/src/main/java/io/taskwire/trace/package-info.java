/**
 * trace-service, the LLM call ledger: what each call sent and received, its tokens, time
 * and model, per task and attempt. Features are sub-packages; {@code web} holds what
 * every HTTP endpoint shares.
 */
package io.taskwire.trace;
