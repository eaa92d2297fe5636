package io.taskwire.gateway.downstream;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the services behind the gateway are and how long to wait for them.
 *
 * @param taskServiceUrl base URL of task-service
 * @param traceServiceUrl base URL of trace-service
 * @param downstream timeouts and limits of the calls
 */
@ConfigurationProperties("taskwire.gateway")
public record DownstreamProperties(@DefaultValue("http://localhost:8081") URI taskServiceUrl,
		@DefaultValue("http://localhost:8083") URI traceServiceUrl, @DefaultValue Calls downstream) {

	/**
	 * How calls to the services behind the gateway are bounded.
	 *
	 * @param connectTimeout longest wait for a connection
	 * @param responseTimeout longest wait for a response
	 * @param maxResponseSize largest response body read
	 */
	public record Calls(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration responseTimeout,
			@DefaultValue("16MB") DataSize maxResponseSize) {

	}

}
