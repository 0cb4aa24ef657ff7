package org.civichub.rest.internal.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.civichub.rest.internal.operations.HealthResource;

/** The requests served without credentials: reading {@code /health}, and a browser's login ({@code POST /session}). */
final class PublicPaths {

    private PublicPaths() {
    }

    static boolean isPublic(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath(false);
        if (HttpMethod.POST.equals(method)) {
            return path != null && (path.equals("session") || path.equals("/session"));
        }
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        return path != null && (path.equals(HealthResource.PATH) || path.equals("/" + HealthResource.PATH));
    }
}
