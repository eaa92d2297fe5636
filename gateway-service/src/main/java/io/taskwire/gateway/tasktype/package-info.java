/**
 * The task type registry: every type a worker has registered on the compacted
 * {@code tasks.types} topic, read whole into memory by each gateway instance and followed
 * from then on, with each type's compiled input schema. The gateway is ready only once it
 * has read the registry, so it never answers "unknown type" for a type that exists.
 */
package io.taskwire.gateway.tasktype;
