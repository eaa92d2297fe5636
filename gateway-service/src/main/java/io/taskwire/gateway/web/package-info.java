/**
 * What every route shares: the request body cap, strict JSON, the wiring of the problem
 * handler, and a work-around for a Reactor Netty keep-alive bug.
 */
package io.taskwire.gateway.web;
