package io.taskwire.gateway.auth;

/**
 * What a caller may do. Lower case in configuration and tokens ({@code user},
 * {@code admin}).
 */
public enum Role {

	/** Submits and watches their own tasks. */
	USER,
	/** Sees every user's tasks and the admin routes. */
	ADMIN

}
