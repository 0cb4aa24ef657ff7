package org.civichub.rest.internal.security;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.civichub.rest.internal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a user's password and a department client's API key, throttled ({@link LoginThrottle}):
 * the one way in, whether by HTTP basic on every request or once at a browser's login. Every failure
 * is logged with the user name and client address, never the password or key.
 */
public final class Logins {

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    /** Who logged in, or the answer that refuses them (401, 429 with {@code Retry-After}, 503). */
    public record Outcome(Caller caller, Response refusal) {
    }

    private final UserDirectory users;
    private final LoginThrottle throttle;

    public Logins(UserDirectory users, Clock clock) {
        this.users = users;
        this.throttle = new LoginThrottle(clock);
    }

    /** A user by name and password, calling from {@code address}. */
    public Outcome user(String user, String password, String address) {
        Duration wait = throttle.wait(user, address);
        if (!wait.isZero()) {
            return refused(Problems.tooManyRequests(wait));
        }
        Optional<Caller> caller;
        try {
            caller = users.authenticate(user, password);
        } catch (Verifier.Busy e) {
            return refused(Problems.busy(Duration.ofSeconds(1)));
        }
        if (caller.isEmpty()) {
            throttle.failed(user, address);
            LOG.warn("failed login for user '{}' from {}", AuthenticationFilter.printable(user), address);
            return refused(Problems.unauthorized());
        }
        throttle.succeeded(user);
        return new Outcome(caller.get().from(address), null);
    }

    /**
     * A department client by its API key. Failures are throttled by the client address alone, as a
     * key names no one: bad keys from one address never lock out a department calling from another.
     */
    public Outcome client(String key, String address) {
        String name = AuthenticationFilter.API_KEY + "@" + address;
        Duration wait = throttle.wait(name, address);
        if (!wait.isZero()) {
            return refused(Problems.tooManyRequests(wait));
        }
        Optional<Caller> client = users.authenticateKey(key);
        if (client.isEmpty()) {
            throttle.failed(name, address);
            LOG.warn("failed login with an API key from {}", address);
            return refused(Problems.unauthorized());
        }
        return new Outcome(client.get().from(address), null);
    }

    private static Outcome refused(Response refusal) {
        return new Outcome(null, refusal);
    }
}
