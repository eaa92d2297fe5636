package io.taskwire.gateway.downstream;

import java.net.URI;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import io.taskwire.contracts.MessageCodec;
import io.taskwire.support.internal.InternalApiProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * HTTP clients of task-service and trace-service, each carrying the service token and
 * bounded in time and size.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamConfiguration {

	private static final Log logger = LogFactory.getLog(DownstreamConfiguration.class);

	@Bean
	TaskServiceClient taskServiceClient(DownstreamProperties properties, InternalApiProperties internal,
			MessageCodec codec) {
		return new TaskServiceClient(webClient(properties.taskServiceUrl(), properties.downstream(), internal),
				properties.downstream(), codec);
	}

	@Bean
	TraceServiceClient traceServiceClient(DownstreamProperties properties, InternalApiProperties internal,
			MessageCodec codec) {
		return new TraceServiceClient(webClient(properties.traceServiceUrl(), properties.downstream(), internal),
				properties.downstream(), codec);
	}

	private static WebClient webClient(URI baseUrl, DownstreamProperties.Calls calls, InternalApiProperties internal) {
		// drop idle connections before servers do, so none is reused stale,
		// and bound the wait for a free connection like connecting
		ConnectionProvider connections = ConnectionProvider.builder("downstream-" + baseUrl.getPort())
			.maxIdleTime(Duration.ofSeconds(15))
			.evictInBackground(Duration.ofSeconds(15))
			.pendingAcquireTimeout(calls.connectTimeout())
			.build();
		HttpClient httpClient = HttpClient.create(connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) calls.connectTimeout().toMillis())
			.responseTimeout(calls.responseTimeout());
		WebClient.Builder builder = WebClient.builder()
			.baseUrl(baseUrl.toString())
			.clientConnector(new ReactorClientHttpConnector(httpClient))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize((int) calls.maxResponseSize().toBytes()));
		if (internal.serviceToken() == null || internal.serviceToken().isBlank()) {
			logger.warn("taskwire.internal.service-token is not set: every call to " + baseUrl + " will be refused");
		}
		else {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + internal.serviceToken());
		}
		return builder.build();
	}

}
