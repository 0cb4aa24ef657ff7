package org.civichub.rest.internal.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.civichub.rest.internal.problem.Problem;
import org.civichub.rest.internal.problem.Problems;

/**
 * Refuses with 415 any request that changes something unless it says {@code Content-Type:
 * application/json}. A cross-site HTML form can send only form or plain-text bodies, and a browser
 * would attach remembered basic credentials to it; this makes such a form unable to start a sync.
 */
public final class JsonOnlyPosts implements ContainerRequestFilter {

    private static final Set<String> CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGING.contains(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            request.abortWith(Problems.response(Problem.of("json-only", 415,
                    "requests that change something must be sent as Content-Type: application/json")));
        }
    }
}
