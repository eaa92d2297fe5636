package io.taskwire.gateway.auth;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller of the public API.
 *
 * @param userId the user, owner of the tasks they submit
 * @param roles what they may do
 * @param limits their limits
 */
public record Caller(String userId, Set<Role> roles, CallerLimits limits) {

	/** The exchange attribute the authentication filter stores the caller under. */
	public static final String ATTRIBUTE = Caller.class.getName();

	public Caller {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(limits, "limits");
		roles = Set.copyOf(roles);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/**
	 * The owner that queries on this caller's behalf are scoped to.
	 * @return the caller's user id, or {@code null} for an admin, who sees every owner
	 */
	public String ownerScope() {
		return isAdmin() ? null : this.userId;
	}

}
