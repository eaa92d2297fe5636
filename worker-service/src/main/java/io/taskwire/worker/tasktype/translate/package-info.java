/**
 * The {@code llm.translate} task type: chunked translation that resumes from its
 * checkpoint.
 */
package io.taskwire.worker.tasktype.translate;
