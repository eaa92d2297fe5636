/**
 * The {@code llm.plan} task type: a trip planned day by day, each day and the whole plan
 * checked, with a one-shot fallback.
 */
package io.taskwire.worker.tasktype.plan;
