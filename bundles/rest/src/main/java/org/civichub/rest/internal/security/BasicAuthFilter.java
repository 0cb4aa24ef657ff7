package org.civichub.rest.internal.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.civichub.rest.internal.problem.Problems;

/**
 * HTTP basic authentication on every path but {@code GET /health}, before resource matching, so that
 * an unknown path tells an anonymous client nothing either. A request without valid credentials gets
 * 401 with {@code WWW-Authenticate}; one with them runs as its {@link Caller}.
 */
@PreMatching
public final class BasicAuthFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Basic ";

    private final UserDirectory users;

    public BasicAuthFilter(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (PublicPaths.isPublic(request)) {
            return;
        }
        Optional<Caller> caller = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(c -> users.authenticate(c[0], c[1]));
        if (caller.isEmpty()) {
            request.abortWith(Problems.unauthorized());
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(caller.get(), secure));
    }

    /** The user and password of a basic {@code Authorization} header. */
    static Optional<String[]> credentials(String header) {
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
