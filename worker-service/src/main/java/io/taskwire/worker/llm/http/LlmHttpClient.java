package io.taskwire.worker.llm.http;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The non-blocking HTTP client of the worker: WebClient on reactor-netty with one
 * connection pool of explicit size ({@link LlmHttpProperties}). A call in flight holds a
 * connection and a few objects, never a thread, so thousands fit in one instance.
 * Cancelling a call closes its connection at once.
 */
@Component
public class LlmHttpClient implements DisposableBean {

	private final ConnectionProvider connections;

	private final WebClient webClient;

	public LlmHttpClient(LlmHttpProperties properties) {
		this.connections = ConnectionProvider.builder("taskwire-llm")
			.maxConnections(properties.maxConnections())
			.pendingAcquireMaxCount(properties.pendingAcquireMaxCount())
			.pendingAcquireTimeout(properties.pendingAcquireTimeout())
			.maxIdleTime(properties.maxIdleTime())
			.maxLifeTime(properties.maxLifeTime())
			.evictInBackground(properties.maxIdleTime())
			.metrics(false)
			.build();
		HttpClient http = HttpClient.create(this.connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
			.compress(true);
		this.webClient = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize((int) properties.maxResponseSize().toBytes()))
			.build();
	}

	public WebClient webClient() {
		return this.webClient;
	}

	@Override
	public void destroy() {
		this.connections.disposeLater().block();
	}

}
