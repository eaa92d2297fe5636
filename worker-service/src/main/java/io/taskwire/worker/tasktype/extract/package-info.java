/**
 * The {@code llm.extract} task type: JSON valid against a schema, with repairs.
 */
package io.taskwire.worker.tasktype.extract;
