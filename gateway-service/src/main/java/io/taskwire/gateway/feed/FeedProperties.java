package io.taskwire.gateway.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway follows its topics.
 *
 * @param pollTimeout longest wait of one poll for new records
 * @param retryBackoff wait before trying again after the broker could not be reached or
 * the topic is not there yet
 */
@ConfigurationProperties("taskwire.gateway.feeds")
public record FeedProperties(@DefaultValue("500ms") Duration pollTimeout, @DefaultValue("1s") Duration retryBackoff) {

}
