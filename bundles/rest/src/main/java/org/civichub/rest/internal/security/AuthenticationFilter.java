package org.civichub.rest.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.civichub.model.IdMask;
import org.civichub.rest.internal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP basic authentication of users, and API keys ({@value #API_KEY}) of department clients, on
 * every path but {@code GET /health}, before resource matching, so that
 * an unknown path tells an anonymous client nothing either. A request without valid credentials gets
 * 401 with {@code WWW-Authenticate}; one with them runs as its {@link Caller}. Every failed login is
 * logged with the user name and client address (never the password), and {@link LoginThrottle}
 * answers 429 with {@code Retry-After} to a user name or address that failed too often, without
 * spending a password check on it.
 */
@PreMatching
public final class BasicAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthFilter.class);
    private static final String SCHEME = "Basic ";
    /** The header a department client sends its API key in. */
    public static final String API_KEY = "X-Api-Key";

    private final UserDirectory users;
    private final LoginThrottle throttle;

    @Context
    private HttpServletRequest http;

    public BasicAuthFilter(UserDirectory users, Clock clock) {
        this.users = users;
        this.throttle = new LoginThrottle(clock);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (PublicPaths.isPublic(request)) {
            return;
        }
        String key = request.getHeaderString(API_KEY);
        if (key != null) {
            authenticateClient(request, key);
            return;
        }
        Optional<String[]> credentials = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            request.abortWith(Problems.unauthorized());
            return;
        }
        String user = credentials.get()[0];
        String address = address();
        Duration wait = throttle.wait(user, address);
        if (!wait.isZero()) {
            request.abortWith(Problems.tooManyRequests(wait));
            return;
        }
        Optional<Caller> caller;
        try {
            caller = users.authenticate(user, credentials.get()[1]);
        } catch (Verifier.Busy e) {
            request.abortWith(Problems.busy(Duration.ofSeconds(1)));
            return;
        }
        if (caller.isEmpty()) {
            throttle.failed(user, address);
            LOG.warn("failed login for user '{}' from {}", printable(user), address);
            request.abortWith(Problems.unauthorized());
            return;
        }
        throttle.succeeded(user);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(caller.get().from(address), secure));
    }

    /**
     * A department client by its API key. Failures are throttled by the client address alone, as a
     * key names no one: bad keys from one address never lock out a department calling from another.
     */
    private void authenticateClient(ContainerRequestContext request, String key) {
        String address = address();
        String name = API_KEY + "@" + address;
        Duration wait = throttle.wait(name, address);
        if (!wait.isZero()) {
            request.abortWith(Problems.tooManyRequests(wait));
            return;
        }
        Optional<Caller> client = users.authenticateKey(key);
        if (client.isEmpty()) {
            throttle.failed(name, address);
            LOG.warn("failed login with an API key from {}", address);
            request.abortWith(Problems.unauthorized());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(client.get().from(address), secure));
    }

    private String address() {
        try {
            return http == null || http.getRemoteAddr() == null ? "unknown" : http.getRemoteAddr();
        } catch (IllegalStateException e) {
            return "unknown";
        }
    }

    /** A user name as it may appear in a log line: no control characters, no ID number, bounded. */
    public static String printable(String user) {
        String s = IdMask.mask(user).replaceAll("\\p{Cntrl}", "?");
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }

    /** The user and password of a basic {@code Authorization} header. */
    public static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
