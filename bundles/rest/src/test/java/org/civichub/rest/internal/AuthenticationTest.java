package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.civichub.rest.internal.TestApi.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aRequestWithoutCredentialsIsRefusedWithAChallenge() {
        Reply r = api.send(api.request("/residents").GET());

        assertUnauthorized(r);
        assertThat(api.residents.searches).isEmpty();
        assertThat(r.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertUnauthorized(api.send(api.request("/residents").header("Authorization", TestApi.basic("wang", "nope"))));
    }

    @Test
    void anUnknownUserIsRefused() {
        assertUnauthorized(api.send(api.request("/residents")
                .header("Authorization", TestApi.basic("mallory", "pw-mallory"))));
    }

    @Test
    void aMalformedAuthorizationHeaderIsRefused() {
        assertUnauthorized(api.send(api.request("/residents").header("Authorization", "Basic %%%")));
        assertUnauthorized(api.send(api.request("/residents").header("Authorization", "Bearer abc")));
    }

    @Test
    void anUnknownPathAsksForCredentialsBeforeSayingItDoesNotExist() {
        assertUnauthorized(api.send(api.request("/no/such/path").GET()));
    }

    @Test
    void aUserWithoutTheRoleIsForbidden() {
        Reply r = api.get("/residents", "guest");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("worker");
        assertThat(api.get("/connectors", "wang").status()).isEqualTo(403);
        assertThat(api.get("/quarantine", "wang").status()).isEqualTo(403);
    }

    @Test
    void aRememberedPasswordStillAuthenticatesAndAWrongOneStillFails() {
        assertThat(api.get("/residents", "wang").status()).isEqualTo(200);
        assertThat(api.get("/residents", "wang").status()).isEqualTo(200);

        assertUnauthorized(api.send(api.request("/residents")
                .header("Authorization", TestApi.basic("wang", "pw-wan"))));
    }

    @Test
    void theMethodIsCheckedAfterAuthentication() {
        Reply r = api.send(api.request("/residents").header("Authorization", TestApi.basic("wang", "pw-wang"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static void assertUnauthorized(Reply r) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic realm=\"CivicHub\""));
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(r.json().get("title").asText()).isEqualTo("Unauthorized");
    }
}
