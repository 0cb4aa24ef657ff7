package org.civichub.rest.internal.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail. {@code type} is a URN naming the kind of problem, stable for clients
 * to match on; {@code errors} lists the bad input values of a 400 and is left out otherwise.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    /** The media type of a problem detail. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:civichub:problem:";

    public Problem {
        detail = org.civichub.model.DateMask.mask(org.civichub.model.IdMask.mask(detail));
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem whose type and title follow from the HTTP status. */
    public static Problem of(int status, String detail) {
        String title = title(status);
        return new Problem(TYPE_PREFIX + title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status, detail,
                List.of());
    }

    /** A problem of a kind of its own, e.g. {@code audit-unavailable}. */
    public static Problem of(String kind, int status, String detail) {
        return new Problem(TYPE_PREFIX + kind, title(status), status, detail, List.of());
    }

    private static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "HTTP " + status : s.getReasonPhrase();
    }
}
