package io.taskwire.worker.llm.http;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;

/**
 * When a rate-limited provider says it accepts calls again, read from its headers:
 * {@code retry-after-ms}, {@code retry-after} (seconds or an HTTP date) when present;
 * otherwise the latest of the reset headers, {@code x-ratelimit-reset-*} (OpenAI's
 * durations such as {@code 6m0s} or {@code 20ms}, or seconds) and
 * {@code anthropic-ratelimit-*-reset} (RFC 3339 times). The latest, because any exhausted
 * limit blocks the call and once the latest has passed all have.
 */
public final class ResetHeaders {

	/** The furthest a reset is believed; beyond it a header is more likely wrong. */
	static final Duration MAX_WAIT = Duration.ofDays(1);

	private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	private ResetHeaders() {
	}

	/**
	 * The time the provider said to wait until.
	 * @param headers the response headers
	 * @param now the current time
	 * @return the time, empty when no header says
	 */
	public static Optional<Instant> retryNotBefore(HttpHeaders headers, Instant now) {
		String retryAfterMs = headers.getFirst("retry-after-ms");
		if (retryAfterMs != null && NUMBER.matcher(retryAfterMs.strip()).matches()) {
			return bounded(now.plusMillis((long) Double.parseDouble(retryAfterMs.strip())), now);
		}
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null) {
			Optional<Instant> at = parse(retryAfter, now);
			if (at.isPresent()) {
				return at;
			}
		}
		Instant latest = null;
		for (Map.Entry<String, java.util.List<String>> header : headers.headerSet()) {
			String name = header.getKey().toLowerCase(Locale.ROOT);
			boolean reset = name.startsWith("x-ratelimit-reset")
					|| (name.startsWith("anthropic-ratelimit-") && name.endsWith("-reset"));
			if (reset && !header.getValue().isEmpty()) {
				Optional<Instant> at = parse(header.getValue().get(0), now);
				if (at.isPresent() && (latest == null || at.get().isAfter(latest))) {
					latest = at.get();
				}
			}
		}
		return Optional.ofNullable(latest);
	}

	/**
	 * The time after a delay such as Google's {@code RetryInfo.retryDelay} ({@code 30s},
	 * {@code 1.5s}).
	 * @param delay the delay
	 * @param now the current time
	 * @return the time, empty when the delay cannot be read
	 */
	public static Optional<Instant> afterDelay(String delay, Instant now) {
		return goDuration(delay.strip()).flatMap((duration) -> bounded(now.plus(duration), now));
	}

	/**
	 * Reads one reset value: an RFC 3339 or HTTP date, a Go-style duration, or seconds
	 * (epoch seconds when it is too large to be a wait).
	 * @param value the header value
	 * @param now the current time
	 * @return the time, empty when the value is none of these
	 */
	static Optional<Instant> parse(String value, Instant now) {
		String text = value.strip();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (NUMBER.matcher(text).matches()) {
			double number = Double.parseDouble(text);
			// a reset as Unix time rather than a wait (some providers send that)
			if (number > 1_000_000_000d) {
				return bounded(Instant.ofEpochMilli((long) (number * 1000)), now);
			}
			return bounded(now.plusMillis((long) (number * 1000)), now);
		}
		Optional<Duration> duration = goDuration(text);
		if (duration.isPresent()) {
			return bounded(now.plus(duration.get()), now);
		}
		try {
			return bounded(OffsetDateTime.parse(text).toInstant(), now);
		}
		catch (DateTimeParseException ex) {
			// not RFC 3339
		}
		try {
			return bounded(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), now);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Duration> goDuration(String text) {
		Matcher matcher = GO_DURATION.matcher(text);
		Duration total = Duration.ZERO;
		int end = 0;
		while (matcher.find()) {
			if (matcher.start() != end) {
				return Optional.empty();
			}
			double amount = Double.parseDouble(matcher.group(1));
			long millis = switch (matcher.group(2)) {
				case "ms" -> (long) amount;
				case "s" -> (long) (amount * 1_000);
				case "m" -> (long) (amount * 60_000);
				default -> (long) (amount * 3_600_000);
			};
			total = total.plusMillis(millis);
			end = matcher.end();
		}
		return (end == text.length() && end > 0) ? Optional.of(total) : Optional.empty();
	}

	private static Optional<Instant> bounded(Instant at, Instant now) {
		if (at.isBefore(now)) {
			return Optional.of(now);
		}
		return Optional.of(at.isAfter(now.plus(MAX_WAIT)) ? now.plus(MAX_WAIT) : at);
	}

}
