/**
 * The task-type SPI: a {@link io.taskwire.worker.tasktype.TaskType} is a name, a version,
 * a description, an input JSON Schema (a resource per type), defaults and a handler that
 * gets a {@link io.taskwire.worker.tasktype.TaskContext}. This package also owns the
 * catalogue of the types this worker runs and validates their inputs. Built-in types live
 * in sub-packages.
 */
package io.taskwire.worker.tasktype;
