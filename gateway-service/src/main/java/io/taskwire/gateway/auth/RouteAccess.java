package io.taskwire.gateway.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.server.PathContainer;

/**
 * Who may reach a path. Deny by default: anything not listed needs a credential. Paths
 * are judged by their decoded segments without matrix parameters, the way routes are
 * matched, so that {@code /api;x=1/v1/...} or {@code /%61pi/v1/...} is no way around it.
 */
enum RouteAccess {

	/** Health probes and the API documentation. */
	PUBLIC,
	/** Any authenticated caller. */
	AUTHENTICATED,
	/** Only an admin: the operational endpoints (metrics) and, later, admin routes. */
	ADMIN;

	private static final Set<String> DOCUMENTATION = Set.of("v3", "swagger-ui", "swagger-ui.html", "webjars");

	private static final Set<String> PUBLIC_ACTUATOR = Set.of("health", "info");

	static RouteAccess of(PathContainer path) {
		List<String> segments = segments(path);
		if (segments.isEmpty()) {
			return AUTHENTICATED;
		}
		String first = segments.get(0);
		if (DOCUMENTATION.contains(first)) {
			return PUBLIC;
		}
		if ("actuator".equals(first)) {
			return (segments.size() > 1 && PUBLIC_ACTUATOR.contains(segments.get(1))) ? PUBLIC : ADMIN;
		}
		return AUTHENTICATED;
	}

	/**
	 * The segments of a path; none when it is not a plain absolute path (an empty
	 * segment, as in {@code //api}, makes it no route's path).
	 */
	private static List<String> segments(PathContainer path) {
		List<String> segments = new ArrayList<>();
		List<PathContainer.Element> elements = path.elements();
		for (int i = 0; i < elements.size(); i++) {
			PathContainer.Element element = elements.get(i);
			boolean separatorExpected = (i % 2 == 0);
			if (separatorExpected != (element instanceof PathContainer.Separator)) {
				return List.of();
			}
			if (element instanceof PathContainer.PathSegment segment) {
				segments.add(segment.valueToMatch());
			}
		}
		return segments;
	}

}
