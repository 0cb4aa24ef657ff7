package org.civichub.rest.internal.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 500 for anything else. The client gets a reference to quote; the exception goes to the
 * log under that reference and never into the response.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (clientGone(e)) {
            LOG.debug("the client closed the connection before the response was written", e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("unexpected error, reference {}", reference, e);
        return Problems.response(Problem.of(500, "an unexpected error occurred; reference " + reference));
    }

    /** A response that cannot be written is no server error worth a stack trace. */
    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
