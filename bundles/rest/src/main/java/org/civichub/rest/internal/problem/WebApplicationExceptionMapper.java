package org.civichub.rest.internal.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the JAX-RS runtime's own errors (unknown path, wrong method, unacceptable media type...)
 * into problem details, keeping the headers that belong to them.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION);

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("request failed with {}", status, e);
        }
        String detail = status >= 500 ? "the request could not be served" : e.getMessage();
        Response.ResponseBuilder b = Response.fromResponse(Problems.response(Problem.of(status, detail)));
        KEPT_HEADERS.forEach(h -> {
            String v = original.getHeaderString(h);
            if (v != null) {
                b.header(h, v);
            }
        });
        return b.build();
    }
}
