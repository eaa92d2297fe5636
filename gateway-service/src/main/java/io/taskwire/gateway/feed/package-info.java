/**
 * Following a whole topic from this gateway instance: every instance reads every
 * partition itself (manual assignment, no consumer group, nothing committed), because
 * each instance needs all of it — the whole type registry, and the status of every task
 * one of its clients may be watching.
 */
package io.taskwire.gateway.feed;
