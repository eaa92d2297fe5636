/**
 * Who is calling: bearer credentials become a {@link io.taskwire.gateway.auth.Caller} (a
 * user id, roles and per-user limits) before any {@code /api/} route runs. Today from
 * configured API keys; further {@link io.taskwire.gateway.auth.Authenticator}s (verified
 * JWTs) plug in beside them.
 */
package io.taskwire.gateway.auth;
