package io.taskwire.gateway.task;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Task ids in paths. Only the canonical form of a UUID is an id; anything else is a task
 * that does not exist (404, the same as for an unknown id), so that every caller sees one
 * answer for every id that is not theirs.
 */
public final class TaskIds {

	private static final Pattern CANONICAL = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private TaskIds() {
	}

	/**
	 * Reads a task id from a path.
	 * @param id the path segment
	 * @return the id
	 * @throws TaskNotFound when it is not a canonical UUID
	 */
	public static UUID parse(String id) {
		if (id == null || !CANONICAL.matcher(id).matches()) {
			throw new TaskNotFound();
		}
		return UUID.fromString(id);
	}

}
