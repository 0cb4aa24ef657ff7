package org.civichub.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.civichub.rest.PasswordHash;
import org.civichub.store.Scope;
import org.junit.jupiter.api.Test;

class VerifierTest {

    private final User wang = new User("wang", PasswordHash.create("pw".toCharArray(), PasswordHash.MIN_ITERATIONS),
            Set.of(Role.WORKER), new Scope(Set.of("350203")));
    private final Verifier verifier = new Verifier(Map.of("wang", wang));

    @Test
    void theRightPasswordIsAcceptedAgainAndAgain() {
        assertThat(verifier.verify("wang", "pw")).contains(wang);
        assertThat(verifier.verify("wang", "pw")).contains(wang);
    }

    @Test
    void aWrongPasswordIsRefusedEvenAfterTheRightOneWasRemembered() {
        verifier.verify("wang", "pw");

        assertThat(verifier.verify("wang", "pw2")).isEmpty();
        assertThat(verifier.verify("wang", "")).isEmpty();
    }

    @Test
    void unknownUsersAndMissingCredentialsAreRefused() {
        assertThat(verifier.verify("li", "pw")).isEmpty();
        assertThat(verifier.verify(null, "pw")).isEmpty();
        assertThat(verifier.verify("wang", null)).isEmpty();
    }

    @Test
    void credentialsAreReadFromABasicHeader() {
        assertThat(AuthenticationFilter.credentials("Basic d2FuZzpwdzpwdw==")).hasValueSatisfying(
                c -> assertThat(c).containsExactly("wang", "pw:pw"));
        assertThat(AuthenticationFilter.credentials("basic d2FuZzpwdw==")).isPresent();
        assertThat(AuthenticationFilter.credentials("Basic d2FuZw==")).isEmpty();
        assertThat(AuthenticationFilter.credentials("Digest abc")).isEmpty();
        assertThat(AuthenticationFilter.credentials(null)).isEmpty();
    }
}
