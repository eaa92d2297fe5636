/**
 * The task state machine: the transition table, the pure decisions that turn worker
 * events, commands and sweeps into outcomes, and their persistence as compare-and-set
 * updates in the same transaction as the task's timeline row.
 */
package io.taskwire.task.lifecycle;
