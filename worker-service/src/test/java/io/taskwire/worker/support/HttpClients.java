package io.taskwire.worker.support;

import java.time.Duration;

import io.taskwire.worker.llm.http.LlmHttpClient;
import io.taskwire.worker.llm.http.LlmHttpProperties;

import org.springframework.util.unit.DataSize;

/**
 * The worker's HTTP client with its default settings, for tests outside Spring.
 */
public final class HttpClients {

	private HttpClients() {
	}

	public static LlmHttpClient defaults() {
		return new LlmHttpClient(new LlmHttpProperties(10_000, 50_000, Duration.ofSeconds(60), Duration.ofSeconds(10),
				Duration.ofSeconds(30), Duration.ofMinutes(5), DataSize.ofMegabytes(16)));
	}

}
