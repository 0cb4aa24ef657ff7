package org.civichub.rest.internal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions of users who logged in (the web UI): each a random id the browser keeps in
 * an HttpOnly cookie, the {@link Caller}, a CSRF token the page sends back in a header with every
 * request that changes something, and when it was last used. A session ends when it was idle for
 * {@link #idle} or, at the latest, {@link #MAX_AGE} after the login, and at logout. Held in memory:
 * a restarted hub asks everyone to log in again. Thread-safe.
 */
public final class Sessions {

    /** The cookie that carries the session id. */
    public static final String COOKIE = "civichub_session";
    /** The header that carries the CSRF token on requests that change something. */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** However active, a session ends this long after its login. */
    static final Duration MAX_AGE = Duration.ofHours(12);

    /** One logged-in browser. */
    public record Session(String id, Caller caller, String csrfToken, Instant started, Instant lastUsed) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public Sessions(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    /**
     * The {@code Set-Cookie} value of a session id: the whole site ({@code Path=/}, the API and the
     * web UI alike), out of the page script's reach ({@code HttpOnly}), never sent by another site's
     * page ({@code SameSite=Strict}), and over TLS only when the login came over TLS.
     */
    public static String setCookie(String id, boolean secure) {
        return COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    public Duration idle() {
        return idle;
    }

    /** A new session of the caller. */
    public Session open(Caller caller) {
        Instant now = clock.instant();
        expireOld(now);
        Session s = new Session(token(), caller, token(), now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session of this id, marked used now; empty when there is none or it ended. */
    public Optional<Session> use(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (ended(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session used = new Session(s.id(), s.caller(), s.csrfToken(), s.started(), now);
        sessions.put(id, used);
        return Optional.of(used);
    }

    /** Ends the session of this id, if there is one. */
    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** How many sessions are live now. */
    public int live() {
        Instant now = clock.instant();
        return (int) sessions.values().stream().filter(s -> !ended(s, now)).count();
    }

    private boolean ended(Session s, Instant now) {
        return !now.isBefore(s.lastUsed().plus(idle)) || !now.isBefore(s.started().plus(MAX_AGE));
    }

    private void expireOld(Instant now) {
        sessions.values().removeIf(s -> ended(s, now));
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
