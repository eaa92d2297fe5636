package io.taskwire.gateway.problem;

import java.net.URI;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The catalogue of problem types the gateway answers with. Each has a stable {@code type}
 * URI ({@code https://taskwire.io/problems/<slug>}), documented in the module's README;
 * clients may switch on it.
 */
public enum ProblemType {

	/** The request could not be read: malformed JSON, a missing body, a bad parameter. */
	MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
	/** No valid credential: missing, unknown or malformed. */
	UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
	/** A valid credential without the role the route needs. */
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
	/** No route at this path. */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
	/** No task with this id that the caller may see; identical for every such case. */
	TASK_NOT_FOUND("task-not-found", HttpStatus.NOT_FOUND, "Task not found"),
	/** The route exists, but not for this method. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
	/** None of the accepted media types can be produced. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
	/** The request body is larger than the public cap (1 MiB). */
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Payload too large"),
	/** The request body's media type is not accepted. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
	/** Well-formed but invalid: each violation is listed with its JSON pointer. */
	VALIDATION_FAILED("validation-failed", HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed"),
	/** No worker has registered the requested task type. */
	UNKNOWN_TASK_TYPE("unknown-task-type", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown task type"),
	/** Something went wrong inside the gateway; the body carries a correlation id. */
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
	/**
	 * The broker, the database or a service behind the gateway cannot be reached; retry
	 * after {@code Retry-After}.
	 */
	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	private static final String BASE = "https://taskwire.io/problems/";

	private final URI type;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.type = URI.create(BASE + slug);
		this.status = status;
		this.title = title;
	}

	public URI type() {
		return this.type;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	/**
	 * A new problem of this type.
	 * @param detail what went wrong, for people; never internals
	 * @return the problem
	 */
	public ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, detail);
		problem.setType(this.type);
		problem.setTitle(this.title);
		return problem;
	}

	/**
	 * The catalogue type for a framework error that only tells its status.
	 * @param status the HTTP status
	 * @return the generic type for that status, if the catalogue has one
	 */
	static Optional<ProblemType> forStatus(int status) {
		return Optional.ofNullable(switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> VALIDATION_FAILED;
			case 500 -> INTERNAL_ERROR;
			case 503 -> SERVICE_UNAVAILABLE;
			default -> null;
		});
	}

}
