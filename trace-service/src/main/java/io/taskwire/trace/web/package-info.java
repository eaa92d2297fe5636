/**
 * What every HTTP endpoint of trace-service shares: errors as RFC 9457 problem details.
 */
package io.taskwire.trace.web;
