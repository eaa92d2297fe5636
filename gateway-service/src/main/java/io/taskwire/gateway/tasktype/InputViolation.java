package io.taskwire.gateway.tasktype;

/**
 * One way a task's input breaks its type's schema.
 *
 * @param pointer JSON pointer within the input, {@code ""} for the input itself
 * @param message what is wrong
 */
public record InputViolation(String pointer, String message) {

}
