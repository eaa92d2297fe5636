package io.taskwire.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the wire shape of every message: a change to a record shows as a diff of its
 * golden file. Run with {@code -Dgolden.update=true} to rewrite the files after an
 * intended change.
 */
class GoldenMessagesTests {

	static final Path GOLDEN = Path.of("src/test/resources/golden");

	private final MessageCodec codec = new MessageCodec();

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void encodesEachMessageExactlyAsItsGoldenFile(MessageType type) throws IOException {
		String encoded = this.codec.encodePretty(SampleMessages.envelopeOf(type)) + "\n";
		Path golden = GOLDEN.resolve(type.wireName() + ".json");
		if (Boolean.getBoolean("golden.update")) {
			Files.writeString(golden, encoded, StandardCharsets.UTF_8);
		}
		assertThat(golden).as("golden file of %s", type.wireName()).exists();
		assertThat(encoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(golden));
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void decodesEachGoldenFileIntoTheSameMessage(MessageType type) throws IOException {
		Envelope<Message> decoded = this.codec.decode(Files.readAllBytes(GOLDEN.resolve(type.wireName() + ".json")));

		assertThat(decoded).isEqualTo(SampleMessages.envelopeOf(type));
	}

	@ParameterizedTest
	@EnumSource(MessageType.class)
	void ignoresUnknownFieldsInEnvelopeAndPayload(MessageType type) throws IOException {
		ObjectNode golden = (ObjectNode) this.codec.mapper()
			.readTree(Files.readAllBytes(GOLDEN.resolve(type.wireName() + ".json")));
		golden.put("addedLater", "by a newer producer");
		((ObjectNode) golden.get("payload")).putObject("futureField").put("nested", true);

		Envelope<Message> decoded = this.codec.decode(this.codec.mapper().writeValueAsBytes(golden));

		assertThat(decoded.payload()).isEqualTo(SampleMessages.payloadOf(type));
	}

}
