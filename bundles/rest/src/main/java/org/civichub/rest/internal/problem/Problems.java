package org.civichub.rest.internal.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Responses carrying a {@link Problem}. */
public final class Problems {

    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "Basic realm=\"CivicHub\", charset=\"UTF-8\"";

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response unauthorized() {
        return Response.fromResponse(response(Problem.of(401, "valid credentials are needed (HTTP basic)")))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
