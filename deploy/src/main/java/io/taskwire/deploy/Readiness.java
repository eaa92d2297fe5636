package io.taskwire.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Polls HTTP endpoints until they answer as expected.
 */
final class Readiness {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Readiness() {
	}

	static void await(String description, String url, String bearer, Predicate<HttpResponse<String>> ready,
			Duration timeout, ManagedProcess process) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException(process.name() + " exited with code " + process.exitValue()
						+ " before it was ready; see its log under .taskwire/logs/");
			}
			if (answers(url, bearer, ready)) {
				return;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + description, ex);
			}
		}
		throw new IllegalStateException(description + " was not ready within " + timeout.toSeconds() + " s");
	}

	private static boolean answers(String url, String bearer, Predicate<HttpResponse<String>> ready) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
			if (bearer != null) {
				request.header("Authorization", "Bearer " + bearer);
			}
			return ready.test(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
