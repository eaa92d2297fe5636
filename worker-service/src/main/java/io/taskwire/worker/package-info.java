/**
 * worker-service: runs the attempts task-service dispatches. Features live in
 * sub-packages: {@code tasktype} (the handler SPI and built-in types), {@code llm} (the
 * provider port and call recording), {@code execution} (dispatch, slots, cancellation,
 * shutdown), {@code heartbeat} and {@code registry}. This package holds what they share:
 * the worker's identity and its properties.
 */
package io.taskwire.worker;
