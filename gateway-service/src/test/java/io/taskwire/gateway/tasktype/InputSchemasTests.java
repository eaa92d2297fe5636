package io.taskwire.gateway.tasktype;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.networknt.schema.Schema;
import com.sun.net.httpserver.HttpServer;
import io.taskwire.gateway.TaskTypes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InputSchemasTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void acceptsAValidInput() {
		Schema schema = InputSchemas.compile(TaskTypes.chat().inputSchema());
		assertThat(InputSchemas.validate(schema, this.json.readTree("{\"prompt\":\"hi\"}"))).isEmpty();
	}

	@Test
	void pointsAtAMissingRequiredProperty() {
		Schema schema = InputSchemas.compile(TaskTypes.chat().inputSchema());
		assertThat(InputSchemas.validate(schema, this.json.readTree("{}"))).extracting(InputViolation::pointer)
			.containsExactly("/prompt");
	}

	@Test
	void pointsAtAValueOfTheWrongType() {
		Schema schema = InputSchemas.compile(TaskTypes.chat().inputSchema());
		assertThat(InputSchemas.validate(schema, this.json.readTree("{\"prompt\":42}")))
			.extracting(InputViolation::pointer)
			.containsExactly("/prompt");
	}

	@Test
	void pointsAtAPropertyTheSchemaDoesNotAllow() {
		Schema schema = InputSchemas.compile(TaskTypes.noop().inputSchema());
		assertThat(InputSchemas.validate(schema, this.json.readTree("{\"sleepMs\":-1,\"extra\":true}")))
			.extracting(InputViolation::pointer)
			.containsExactlyInAnyOrder("/sleepMs", "/extra");
	}

	@Test
	void neverFetchesARemoteReference() throws Exception {
		AtomicInteger fetches = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			fetches.incrementAndGet();
			byte[] schema = "{\"type\":\"object\"}".getBytes();
			exchange.sendResponseHeaders(200, schema.length);
			exchange.getResponseBody().write(schema);
			exchange.close();
		});
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schema.json";
			assertThatException().isThrownBy(() -> InputSchemas.validate(
					InputSchemas.compile(TaskTypes.schema("{\"$ref\":\"" + url + "\"}")), this.json.readTree("{}")));
			assertThat(fetches).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void refusesSomethingThatIsNotASchema() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InputSchemas.compile(TaskTypes.schema("{\"type\":\"no-such-type\",\"minimum\":\"x\"}")));
	}

}
