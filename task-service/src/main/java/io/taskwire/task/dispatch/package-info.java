/**
 * Where dispatch is decided: the dispatcher claims queued tasks by priority, round robin
 * across users and age, within each user's concurrency limit and the live workers' free
 * slots per type, and hands each to a worker's partition; the lease sweeper requeues
 * dispatches that never started and retries attempts whose worker was lost.
 */
package io.taskwire.task.dispatch;
