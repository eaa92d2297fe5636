package io.taskwire.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README's walk-through, exactly as written, against the running stack, so it
 * cannot rot.
 */
@Order(3)
class ReadmeWalkthroughSystemTests {

	private static final Pattern WALKTHROUGH = Pattern
		.compile("<!-- walkthrough -->\\s*```sh\\n(.*?)```\\s*<!-- /walkthrough -->", Pattern.DOTALL);

	@BeforeAll
	static void startStack() {
		RunningStack.get();
	}

	@Test
	void walksThroughTheHappyPathWithCurlAndShOnly() throws IOException, InterruptedException {
		String readme = Files.readString(RunningStack.REPO_ROOT.resolve("README.md"));
		Matcher matcher = WALKTHROUGH.matcher(readme);
		assertThat(matcher.find()).as("README.md has a walk-through between walkthrough markers").isTrue();

		Process shell = new ProcessBuilder("sh", "-eu", "-c", matcher.group(1)).redirectErrorStream(true).start();
		assertThat(shell.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(shell.exitValue()).as(output).isZero();
		assertThat(output).contains("\"status\":\"QUEUED\"")
			.contains("event:task.status-changed")
			.contains("\"status\":\"SUCCEEDED\"")
			.contains("\"inputTokens\"")
			.contains("404");
	}

}
