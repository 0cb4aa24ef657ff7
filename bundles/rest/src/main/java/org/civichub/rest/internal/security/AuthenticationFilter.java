package org.civichub.rest.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.civichub.model.IdMask;
import org.civichub.rest.internal.problem.Problem;
import org.civichub.rest.internal.problem.Problems;

/**
 * Authenticates every request but {@code GET /health} and a browser's login, before resource
 * matching, so that an unknown path tells an anonymous client nothing either: a department client
 * by its API key ({@value #API_KEY}), a user by HTTP basic, or a browser by its session cookie
 * ({@value Sessions#COOKIE}); a browser's request that changes something must also carry the
 * session's CSRF token ({@value Sessions#CSRF_HEADER}), else 403. A request without valid
 * credentials gets 401, with {@code WWW-Authenticate} only when neither a session nor a page's
 * script ({@value #FROM_PAGE}) asked, so a browser shows the page's login rather than its own
 * password dialog; one with them runs as its {@link Caller}.
 */
@PreMatching
public final class AuthenticationFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Basic ";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** The header a department client sends its API key in. */
    public static final String API_KEY = "X-Api-Key";
    /** The header a page's script sends: a 401 then carries no basic challenge. */
    public static final String FROM_PAGE = "X-Requested-With";

    private final Logins logins;
    private final Sessions sessions;

    @Context
    private HttpServletRequest http;

    private final java.util.function.UnaryOperator<Caller> scopes;

    public AuthenticationFilter(Logins logins, Sessions sessions) {
        this(logins, sessions, java.util.function.UnaryOperator.identity());
    }

    /** The filter, with {@code scopes} resolving each caller's scope as it is now (a grid worker's grids). */
    public AuthenticationFilter(Logins logins, Sessions sessions, java.util.function.UnaryOperator<Caller> scopes) {
        this.logins = logins;
        this.sessions = sessions;
        this.scopes = scopes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (PublicPaths.isPublic(request)) {
            return;
        }
        String key = request.getHeaderString(API_KEY);
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Cookie session = request.getCookies().get(Sessions.COOKIE);
        Logins.Outcome outcome;
        if (key != null) {
            outcome = logins.client(key, address());
        } else if (authorization == null && session != null) {
            outcome = session(request, session.getValue());
        } else {
            Optional<String[]> credentials = credentials(authorization);
            outcome = credentials.isEmpty() ? new Logins.Outcome(null, request.getHeaderString(FROM_PAGE) == null
                    ? Problems.unauthorized() : Problems.unauthorizedFromPage())
                    : logins.user(credentials.get()[0], credentials.get()[1], address());
        }
        if (outcome.refusal() != null) {
            request.abortWith(outcome.refusal());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(scopes.apply(outcome.caller()), secure));
    }

    private Logins.Outcome session(ContainerRequestContext request, String id) {
        Optional<Sessions.Session> s = sessions.use(id);
        if (s.isEmpty()) {
            return new Logins.Outcome(null, Problems.response(Problem.of("session-ended", 401,
                    "the session ended (logged out, or idle too long); log in again")));
        }
        String token = request.getHeaderString(Sessions.CSRF_HEADER);
        if (!SAFE.contains(request.getMethod()) && (token == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), s.get().csrfToken().getBytes(StandardCharsets.UTF_8)))) {
            return new Logins.Outcome(null, Problems.response(Problem.of("csrf", 403,
                    "a change from the browser carries the session's token in " + Sessions.CSRF_HEADER)));
        }
        return new Logins.Outcome(s.get().caller().from(address()), null);
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
