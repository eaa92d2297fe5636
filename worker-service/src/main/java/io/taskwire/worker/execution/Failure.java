package io.taskwire.worker.execution;

import java.time.Instant;

import io.taskwire.contracts.FailureKind;

/**
 * How an attempt failed, as {@code TaskFailed} carries it.
 *
 * @param kind what kind of failure
 * @param message a short message users may see
 * @param detail more for admins (a stack trace for handler errors), or {@code null}
 * @param retryable whether another attempt could succeed
 * @param retryNotBefore the earliest next attempt, or {@code null}
 */
record Failure(FailureKind kind, String message, String detail, boolean retryable, Instant retryNotBefore) {

}
