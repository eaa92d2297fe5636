package io.taskwire.gateway.auth;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiKeyAuthenticatorTests {

	private final AuthProperties properties = new AuthProperties(
			List.of(new AuthProperties.ApiKey("alice-key", "alice", null, null),
					new AuthProperties.ApiKey("root-key", "root", Set.of(Role.USER, Role.ADMIN), 10)),
			new CallerLimits(4));

	private final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(this.properties);

	@Test
	void knowsTheCallerOfAConfiguredKey() {
		Caller alice = this.authenticator.authenticate("alice-key").block();
		assertThat(alice).isEqualTo(new Caller("alice", Set.of(Role.USER), new CallerLimits(4)));
		assertThat(alice.isAdmin()).isFalse();
		assertThat(alice.ownerScope()).isEqualTo("alice");
	}

	@Test
	void givesAnAdminEveryOwnerAndTheirOwnLimits() {
		Caller root = this.authenticator.authenticate("root-key").block();
		assertThat(root.isAdmin()).isTrue();
		assertThat(root.ownerScope()).isNull();
		assertThat(root.limits().concurrencyLimit()).isEqualTo(10);
	}

	@Test
	void doesNotRecogniseAnyOtherKey() {
		assertThat(this.authenticator.authenticate("alice-key ").block()).isNull();
		assertThat(this.authenticator.authenticate("ALICE-KEY").block()).isNull();
		assertThat(this.authenticator.authenticate("").block()).isNull();
	}

	@Test
	void refusesTwoEntriesWithTheSameKey() {
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeyAuthenticator(
				new AuthProperties(List.of(new AuthProperties.ApiKey("k", "a", null, null),
						new AuthProperties.ApiKey("k", "b", null, null)), new CallerLimits(4))));
	}

	@Test
	void refusesAnEntryWithoutKeyOrUser() {
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeyAuthenticator(
				new AuthProperties(List.of(new AuthProperties.ApiKey(" ", "a", null, null)), new CallerLimits(4))));
		assertThatIllegalStateException().isThrownBy(() -> new ApiKeyAuthenticator(
				new AuthProperties(List.of(new AuthProperties.ApiKey("k", null, null, null)), new CallerLimits(4))));
	}

}
