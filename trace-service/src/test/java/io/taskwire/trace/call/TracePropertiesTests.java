package io.taskwire.trace.call;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Binding and checking {@code taskwire.trace.*}.
 */
class TracePropertiesTests {

	@Test
	void capsBodiesAt256KibibytesByDefault() {
		assertThat(bind(Map.of()).maxBodyBytes()).isEqualTo(DataSize.ofKilobytes(256));
	}

	@Test
	void readsAPlainNumberAsBytes() {
		assertThat(bind(Map.of("taskwire.trace.max-body-bytes", "4096")).maxBodyBytes())
			.isEqualTo(DataSize.ofBytes(4096));
	}

	@Test
	void readsExtraRedactionPatterns() {
		assertThat(bind(Map.of("taskwire.trace.redaction-patterns.internal_id", "ACME-[0-9]+")).redactionPatterns())
			.containsEntry("internal_id", "ACME-[0-9]+");
	}

	@Test
	void refusesACapTooSmallForAPreview() {
		assertThatException().isThrownBy(() -> bind(Map.of("taskwire.trace.max-body-bytes", "100")))
			.withStackTraceContaining("at least 1KB");
	}

	private TraceProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("taskwire.trace",
				TraceProperties.class);
	}

}
