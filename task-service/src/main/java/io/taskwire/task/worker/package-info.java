/**
 * The workers as task-service knows them from their heartbeats: alive or not, their free
 * slots per task type, what they run, and the dispatch partitions they read.
 */
package io.taskwire.task.worker;
