/**
 * Live task events: one consumer of {@code tasks.status} per gateway instance fans each
 * task's events out to the streams watching it, and each stream sends the task's timeline
 * so far, then its live events, without gaps or duplicates, until the terminal one.
 */
package io.taskwire.gateway.task.events;
