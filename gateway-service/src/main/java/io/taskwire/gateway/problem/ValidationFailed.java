package io.taskwire.gateway.problem;

import java.util.List;

import org.springframework.http.ProblemDetail;

/**
 * A well-formed request that breaks the API's rules: 422 with every violation under
 * {@code errors}, each naming the offending field by its JSON pointer.
 */
public class ValidationFailed extends ProblemException {

	/** More violations than this are not listed: a hostile body could have thousands. */
	static final int MAX_LISTED = 50;

	private final List<Violation> violations;

	public ValidationFailed(List<Violation> violations) {
		this(List.copyOf(violations.subList(0, Math.min(violations.size(), MAX_LISTED))), violations.size());
	}

	private ValidationFailed(List<Violation> listed, int total) {
		super(ProblemType.VALIDATION_FAILED, body(listed, total), null);
		this.violations = listed;
	}

	public List<Violation> violations() {
		return this.violations;
	}

	private static ProblemDetail body(List<Violation> violations, int total) {
		ProblemDetail problem = ProblemType.VALIDATION_FAILED.problem(summary(violations));
		problem.setProperty("errors", violations);
		if (total > violations.size()) {
			problem.setProperty("unlisted", total - violations.size());
		}
		return problem;
	}

	private static String summary(List<Violation> violations) {
		StringBuilder summary = new StringBuilder("The request is invalid: ");
		for (int i = 0; i < violations.size(); i++) {
			Violation violation = violations.get(i);
			String field = violation.pointer().isEmpty() ? "the body" : violation.pointer();
			summary.append((i > 0) ? "; " : "").append(field).append(' ').append(violation.message());
		}
		return summary.append('.').toString();
	}

}
