/**
 * JSON Schema handling shared by task types and the simulated provider: compiling a
 * schema (never fetching remote references), validating a value with short,
 * model-readable errors, and reading a JSON answer out of a model's text.
 */
package io.taskwire.worker.schema;
