package io.taskwire.gateway.web;

import io.taskwire.gateway.problem.ProblemWebExceptionHandler;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The body cap and the problem handler of the public API.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	OffLoopDispatch offLoopDispatch() {
		return new OffLoopDispatch();
	}

	@Bean
	RequestBodyLimitFilter requestBodyLimitFilter(WebProperties properties) {
		return new RequestBodyLimitFilter(properties.maxBodySize().toBytes());
	}

	/**
	 * A request body with a name twice in one object is malformed (400): which of the two
	 * would count is a question a hostile client should not get to ask.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictDuplicateDetection() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	@Bean
	ProblemWebExceptionHandler problemWebExceptionHandler(JsonMapper jsonMapper, WebProperties properties) {
		return new ProblemWebExceptionHandler(jsonMapper, properties.retryAfter());
	}

}
