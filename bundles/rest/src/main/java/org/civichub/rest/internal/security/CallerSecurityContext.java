package org.civichub.rest.internal.security;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.civichub.rest.internal.problem.Problems;

/** The JAX-RS view of a request's {@link Caller}. */
public record CallerSecurityContext(Caller caller, boolean isSecure) implements SecurityContext {

    /**
     * The caller of a request that passed {@link AuthenticationFilter}.
     *
     * @throws jakarta.ws.rs.WebApplicationException 401 if it did not
     */
    public static Caller of(SecurityContext context) {
        return Optional.ofNullable(context).map(SecurityContext::getUserPrincipal)
                .filter(Caller.class::isInstance).map(Caller.class::cast)
                .orElseThrow(() -> new jakarta.ws.rs.WebApplicationException(Problems.unauthorized()));
    }

    @Override
    public Caller getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.ofConfigName(role).map(caller::has).orElse(false);
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
