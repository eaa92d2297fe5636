package io.taskwire.gateway.task.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-sent event streams.
 *
 * @param keepAlive how often an idle stream sends a comment, so that proxies and clients
 * keep it open
 * @param bufferSize how many live events one stream may hold while its client is not
 * reading; when it fills, the stream is closed (the client resumes with
 * {@code Last-Event-ID})
 */
@ConfigurationProperties("taskwire.gateway.sse")
public record SseProperties(@DefaultValue("15s") Duration keepAlive, @DefaultValue("256") int bufferSize) {

}
