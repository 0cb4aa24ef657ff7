package org.civichub.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import org.civichub.rest.internal.TestApi.Reply;
import org.civichub.rest.internal.fakes.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /session}: a browser's login, its HttpOnly cookie, CSRF token, idle timeout and logout. */
class SessionTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply login(String user, String password) {
        return api.send(api.request("/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}")));
    }

    private static String cookie(Reply login) {
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private Reply withCookie(String cookie, HttpRequest.Builder request) {
        return api.send(request.header("Cookie", cookie));
    }

    @Test
    void aLoginOpensASessionInAnHttpOnlyStrictCookieAndAnswersTheCsrfToken() {
        Reply r = login("wang", "pw-wang");

        assertThat(r.status()).isEqualTo(200);
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("civichub_session=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict").contains("Path=/");
        assertThat(r.json().get("user").asText()).isEqualTo("wang");
        assertThat(r.json().get("roles")).extracting(n -> n.asText()).containsExactly("worker");
        assertThat(r.json().get("scope")).extracting(n -> n.asText()).containsExactly("350203006");
        assertThat(r.json().get("csrfToken").asText()).hasSizeGreaterThan(40);
        assertThat(r.json().get("idleTimeoutSeconds").asLong()).isEqualTo(1800);
        assertThat(r.body()).doesNotContain(cookie(r).substring("civichub_session=".length()));

        Reply me = withCookie(cookie(r), api.request("/session").GET());
        assertThat(me.json().get("csrfToken").asText()).isEqualTo(r.json().get("csrfToken").asText());
        Reply residents = withCookie(cookie(r), api.request("/residents?q=" + Fixtures.ZHANG.name().value()).GET());
        assertThat(residents.status()).isEqualTo(200);
        assertThat(api.audit.last().user()).as("reads are audited as the user").isEqualTo("wang");
    }

    @Test
    void aChangeFromTheBrowserNeedsTheSessionsCsrfToken() {
        Reply r = login("wang", "pw-wang");
        String body = "{\"kind\":\"death\",\"residentId\":\"" + Fixtures.ZHANG.id() + "\",\"date\":\"2024-05-30\"}";

        Reply without = withCookie(cookie(r), api.request("/reports").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Reply wrong = withCookie(cookie(r), api.request("/reports").header("Content-Type", "application/json")
                .header("X-CSRF-Token", "forged").POST(HttpRequest.BodyPublishers.ofString(body)));
        Reply with = withCookie(cookie(r), api.request("/reports").header("Content-Type", "application/json")
                .header("X-CSRF-Token", r.json().get("csrfToken").asText())
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(without.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(with.status()).isEqualTo(201);
        assertThat(api.reports.filed).hasSize(1);
    }

    @Test
    void aWrongPasswordOpensNothingAndIsThrottledLikeEveryLogin() {
        Reply r = login("wang", "nope");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(r.headers().firstValue("WWW-Authenticate")).as("the page's login, not the browser's dialog").isEmpty();
        Reply fromPage = api.send(api.request("/session").header("X-Requested-With", "civichub-ui").GET());
        assertThat(fromPage.status()).isEqualTo(401);
        assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(api.get("/session").headers().firstValue("WWW-Authenticate")).as("curl is challenged").isPresent();
        for (int i = 0; i < 5; i++) {
            login("wang", "nope");
        }
        assertThat(login("wang", "pw-wang").status()).as("locked for a while").isEqualTo(429);
    }

    @Test
    void anIdleSessionEndsWithoutABasicChallengeAndLogoutEndsIt() {
        Reply r = login("wang", "pw-wang");
        String cookie = cookie(r);

        api.clock.advance(Duration.ofMinutes(29));
        assertThat(withCookie(cookie, api.request("/session").GET()).status()).as("still used in time").isEqualTo(200);
        api.clock.advance(Duration.ofMinutes(29));
        assertThat(withCookie(cookie, api.request("/session").GET()).status()).isEqualTo(200);
        api.clock.advance(Duration.ofMinutes(31));
        Reply ended = withCookie(cookie, api.request("/session").GET());
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.headers().firstValue("WWW-Authenticate")).as("no browser dialog").isEmpty();
        assertThat(ended.body()).contains("session-ended");

        Reply again = login("wang", "pw-wang");
        Reply out = withCookie(cookie(again), api.request("/session").header("Content-Type", "application/json")
                .header("X-CSRF-Token", again.json().get("csrfToken").asText()).DELETE());
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(withCookie(cookie(again), api.request("/residents").GET()).status()).isEqualTo(401);
    }
}
