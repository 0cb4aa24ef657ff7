package org.civichub.simulators.civil;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Error answers as problem JSON ({@code type, title, status, detail}, RFC 9457). */
final class Problems {

    private Problems() {
    }

    static Response of(Response.Status status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        return Response.status(status).type(CivilContract.PROBLEM_JSON).entity(body).build();
    }

    static Response retryLater(Response.Status status, String detail, long retryAfterSeconds) {
        Response problem = of(status, detail);
        return Response.fromResponse(problem).header("Retry-After", Long.toString(retryAfterSeconds)).build();
    }
}
