/** The task type registry on the compacted {@code tasks.types} topic. */
package io.taskwire.contracts.types;
