package io.taskwire.gateway.web;

import java.time.Duration;

import io.taskwire.contracts.Limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public API's HTTP limits.
 *
 * @param maxBodySize the largest request body; larger is 413
 * @param retryAfter what a 503 tells clients to wait before retrying
 */
@ConfigurationProperties("taskwire.gateway.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("5s") Duration retryAfter) {

	public WebProperties {
		if (maxBodySize.toBytes() > Limits.MAX_PUBLIC_BODY_BYTES) {
			throw new IllegalArgumentException("taskwire.gateway.web.max-body-size may not exceed the public cap of "
					+ Limits.MAX_PUBLIC_BODY_BYTES + " bytes");
		}
	}

}
