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

    /** 429: too many failed logins; try again after the given time. */
    public static Response tooManyRequests(java.time.Duration retryAfter) {
        return Response.fromResponse(response(Problem.of("too-many-failed-logins", 429,
                        "too many failed logins; try again in " + seconds(retryAfter) + " s")))
                .header(HttpHeaders.RETRY_AFTER, seconds(retryAfter)).build();
    }

    /** 503: the server cannot check a password right now. */
    public static Response busy(java.time.Duration retryAfter) {
        return Response.fromResponse(response(Problem.of("busy", 503, "the server is busy; try again shortly")))
                .header(HttpHeaders.RETRY_AFTER, seconds(retryAfter)).build();
    }

    private static long seconds(java.time.Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    public static Response unauthorized() {
        return Response.fromResponse(response(Problem.of(401, "valid credentials are needed (HTTP basic)")))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    /**
     * 401 without the basic challenge, for a page's script ({@code X-Requested-With}) and a browser's
     * login: a challenge would make the browser ask for a password itself instead of the page.
     */
    public static Response unauthorizedFromPage() {
        return response(Problem.of(401, "valid credentials are needed"));
    }
}
