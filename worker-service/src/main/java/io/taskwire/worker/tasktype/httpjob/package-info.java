/**
 * The {@code http.job} task type: one HTTP request, or a long external job started once
 * and polled until done, surviving retries through its checkpoint.
 */
package io.taskwire.worker.tasktype.httpjob;
