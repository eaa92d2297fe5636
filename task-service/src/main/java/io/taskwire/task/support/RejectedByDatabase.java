package io.taskwire.task.support;

import io.r2dbc.spi.R2dbcException;

/**
 * Tells a record the database can never store (a data exception such as a NUL character
 * in text, or a broken constraint, SQLSTATE classes 22 and 23) from a failure that passes
 * (the database is down). Retrying the first would block its partition forever, so it
 * goes to the DLT; the second is retried. A duplicate key is a lost race, retried.
 */
final class RejectedByDatabase {

	private static final String DUPLICATE_KEY = "23505";

	private RejectedByDatabase() {
	}

	static boolean rejects(Throwable failure) {
		return sqlState(failure) != null;
	}

	static String reason(Throwable failure) {
		return "rejected by the database (SQLSTATE " + sqlState(failure) + ")";
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
				String state = r2dbc.getSqlState();
				boolean badData = state.startsWith("22") || state.startsWith("23");
				return (badData && !DUPLICATE_KEY.equals(state)) ? state : null;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
