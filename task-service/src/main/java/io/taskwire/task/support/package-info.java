/**
 * What the features of task-service share: loops that poll and can be woken, advisory
 * locks, and the decoding of incoming record batches with dead-lettering of bad records.
 */
package io.taskwire.task.support;
