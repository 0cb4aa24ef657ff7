package org.civichub.rest.internal.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.civichub.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers 503 while the store cannot be reached. */
public final class StoreUnavailableMapper implements ExceptionMapper<StoreUnavailableException> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableMapper.class);

    @Override
    public Response toResponse(StoreUnavailableException e) {
        LOG.warn("store unavailable: {}", e.getMessage());
        return Problems.response(Problem.of("store-unavailable", 503,
                "the data store is unavailable, try again later"));
    }
}
