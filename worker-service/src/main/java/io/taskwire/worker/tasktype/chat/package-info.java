/**
 * The {@code llm.chat} task type: one completion of a prompt or a conversation.
 */
package io.taskwire.worker.tasktype.chat;
