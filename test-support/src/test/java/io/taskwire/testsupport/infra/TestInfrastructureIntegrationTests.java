package io.taskwire.testsupport.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestInfrastructureIntegrationTests {

	private final Infrastructure infrastructure = TestInfrastructure.get();

	@Test
	void givesEachCallerADatabaseOfItsOwnOwnedByItsOwnUser() throws Exception {
		TestDatabase database = this.infrastructure.createDatabase("infra_check");

		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (id int)");
			ResultSet result = statement.executeQuery("SELECT current_database(), current_user");
			result.next();
			assertThat(result.getString(1)).isEqualTo("infra_check");
			assertThat(result.getString(2)).isEqualTo("infra_check");
		}
	}

	@Test
	void runsABrokerThatCarriesRecordsAndDoesNotCreateTopicsByItself() throws Exception {
		Map<String, Object> config = Map.of("bootstrap.servers", this.infrastructure.kafkaBootstrapServers());
		try (AdminClient admin = AdminClient.create(config)) {
			admin.createTopics(List.of(new NewTopic("infra-check", 1, (short) 1))).all().get();
		}
		Map<String, Object> producerConfig = Map.of("bootstrap.servers", this.infrastructure.kafkaBootstrapServers(),
				"max.block.ms", 2000);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>("infra-check", "k", "hello")).get();
			producer.send(new ProducerRecord<>("never-created", "k", "lost"));
			producer.flush();
		}
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of("bootstrap.servers", this.infrastructure.kafkaBootstrapServers(), "group.id", "infra-check",
						"auto.offset.reset", "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("infra-check"));
			ConsumerRecords<String, String> records = ConsumerRecords.empty();
			for (int i = 0; i < 20 && records.isEmpty(); i++) {
				records = consumer.poll(Duration.ofMillis(500));
			}
			assertThat(records.iterator().next().value()).isEqualTo("hello");
		}
		try (AdminClient admin = AdminClient.create(config)) {
			Set<String> topics = admin.listTopics().names().get();
			assertThat(topics).contains("infra-check").doesNotContain("never-created");
		}
	}

}
