package io.taskwire.testsupport.infra;

/**
 * A database of its own for one service under test, owned by a user of its own.
 *
 * @param host the server's host
 * @param port the server's port
 * @param name the database name
 * @param user the owning user
 * @param password its password
 */
public record TestDatabase(String host, int port, String name, String user, String password) {

	public String jdbcUrl() {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

	public String r2dbcUrl() {
		return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + this.name;
	}

}
