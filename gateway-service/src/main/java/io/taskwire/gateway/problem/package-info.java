/**
 * RFC 9457 problem details for every error the gateway answers: the catalogue of problem
 * types ({@link io.taskwire.gateway.problem.ProblemType}), the exceptions that carry them
 * and the one handler that renders them, so that no stack trace, SQL or host name ever
 * reaches a client.
 */
package io.taskwire.gateway.problem;
