package io.taskwire.testsupport.infra;

/**
 * A running Kafka broker and PostgreSQL server for the tests of one JVM.
 */
public interface Infrastructure {

	String kafkaBootstrapServers();

	/**
	 * Creates a database and its owner, each named after the given name.
	 * @param name a unique name made of lower-case letters, digits and underscores
	 * @return the new database
	 */
	TestDatabase createDatabase(String name);

	/** Says what runs, for the log of each test JVM. */
	String describe();

}
