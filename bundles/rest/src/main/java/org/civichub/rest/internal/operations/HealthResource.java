package org.civichub.rest.internal.operations;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;
import org.civichub.store.StoreHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health}: whether the hub can serve, for load balancers and scripts. Needs no credentials
 * (the only such path besides none), so it shows states only, never data or error messages:
 * 200 when up or degraded, 503 when down.
 */
@Path(HealthResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    /** The path, relative to the base path, that {@code AuthenticationFilter} lets through without credentials. */
    public static final String PATH = "health";

    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);

    private final StoreHealth store;
    private final Connectors connectors;

    public HealthResource(StoreHealth store, Connectors connectors) {
        this.store = store;
        this.connectors = connectors;
    }

    @GET
    public Response get() {
        List<ConnectorStatus> list;
        try {
            list = connectors.list();
        } catch (RuntimeException e) {
            LOG.debug("connector states unknown for the health check", e);
            list = null;
        }
        HealthView health = Health.of(store.state(), list);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Health.DOWN.equals(health.status()) ? 503 : 200).entity(health)
                .type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore).build();
    }
}
