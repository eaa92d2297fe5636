package io.taskwire.gateway.auth;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Authentication of the public API: API keys today; a JWT authenticator joins the list as
 * another {@link Authenticator} bean.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration implements WebFluxConfigurer {

	@Bean
	ApiKeyAuthenticator apiKeyAuthenticator(AuthProperties properties) {
		return new ApiKeyAuthenticator(properties);
	}

	@Bean
	AuthenticationFilter authenticationFilter(List<Authenticator> authenticators) {
		return new AuthenticationFilter(authenticators);
	}

	@Override
	public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
		configurer.addCustomResolver(new CallerArgumentResolver());
	}

}
