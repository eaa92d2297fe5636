package io.taskwire.contracts;

/**
 * Which model and provider a task asks for; either may be absent to take the worker's
 * default.
 *
 * @param model the model name, such as {@code gpt-4o-mini}
 * @param provider the configured provider name, such as {@code openai} or
 * {@code simulated}
 */
public record TaskOptions(String model, String provider) {

	public static final TaskOptions DEFAULTS = new TaskOptions(null, null);

}
