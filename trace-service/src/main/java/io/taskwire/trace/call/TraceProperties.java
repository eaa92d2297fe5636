package io.taskwire.trace.call;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DataSizeUnit;
import org.springframework.util.unit.DataSize;
import org.springframework.util.unit.DataUnit;

/**
 * How trace-service keeps call bodies.
 *
 * @param maxBodyBytes the most a request or response body may take once stored (as JSON
 * text); a larger one is replaced by a truncated preview and the call flagged
 * @param redactionPatterns secret kind to regular expression, redacted besides the
 * built-in kinds of {@link io.taskwire.contracts.SecretRedactor}
 * @param batchTimeout the longest a consumed batch may take to be applied; past it the
 * batch is abandoned (its transaction rolled back) and retried, so a database that hangs
 * instead of failing cannot hold a partition forever
 */
@ConfigurationProperties("taskwire.trace")
public record TraceProperties(@DefaultValue("256KB") @DataSizeUnit(DataUnit.BYTES) DataSize maxBodyBytes,
		Map<String, String> redactionPatterns, @DefaultValue("60s") Duration batchTimeout) {

	/** Room for the truncation wrapper plus a preview worth reading. */
	static final DataSize SMALLEST_BODY = DataSize.ofKilobytes(1);

	public TraceProperties {
		if (maxBodyBytes.compareTo(SMALLEST_BODY) < 0 || maxBodyBytes.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(
					"taskwire.trace.max-body-bytes must be at least 1KB and below 2GB, was " + maxBodyBytes);
		}
		redactionPatterns = (redactionPatterns != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(redactionPatterns)) : Map.of();
	}

}
