package io.taskwire.contracts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Test
	void makesVersion7IdsCarryingTheClocksMillis() {
		Instant now = Instant.parse("2026-11-23T10:00:00.456Z");
		UUID id = Ids.uuidV7(Clock.fixed(now, ZoneOffset.UTC));

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
	}

	@Test
	void makesVersion7IdsThatSortByTime() {
		UUID earlier = Ids.uuidV7(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
		UUID later = Ids.uuidV7(Clock.fixed(Instant.parse("2026-11-23T10:00:01Z"), ZoneOffset.UTC));

		assertThat(earlier.toString()).isLessThan(later.toString());
	}

	@Test
	void makesTheRfcVersion5IdOfANameInANamespace() {
		// RFC 9562 appendix A.4: "www.example.com" in the DNS namespace
		UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

		assertThat(Ids.uuidV5(dns, "www.example.com")).hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
	}

}
