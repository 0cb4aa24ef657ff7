package org.civichub.rest.internal.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.civichub.rest.internal.operations.HealthResource;

/** The requests served without credentials: reading {@code /health}, and nothing else. */
final class PublicPaths {

    private PublicPaths() {
    }

    static boolean isPublic(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        String path = request.getUriInfo().getPath(false);
        return path != null && (path.equals(HealthResource.PATH) || path.equals("/" + HealthResource.PATH));
    }
}
