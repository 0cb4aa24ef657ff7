package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civichub.pipeline.ConnectorStatus;
import org.civichub.pipeline.Connectors;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ConnectorView;
import org.civichub.rest.internal.view.ListView;
import org.civichub.rest.internal.view.SyncAccepted;

/** {@code /connectors}: the connector instances, their state and counts, and syncs (role {@code operator}). */
@Path("connectors")
@Produces(MediaType.APPLICATION_JSON)
public final class ConnectorResource {

    private final Connectors connectors;

    public ConnectorResource(Connectors connectors) {
        this.connectors = connectors;
    }

    @GET
    public ListView<ConnectorView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @Context SecurityContext security) {
        CallerSecurityContext.of(security).require(Role.OPERATOR);
        Params params = new Params();
        Params.Paging paging = params.paging(page, size);
        params.check();
        List<ConnectorStatus> all = connectors.list();
        List<ConnectorView> items = all.stream().skip(paging.offset()).limit(paging.size())
                .map(ConnectorViews::view).toList();
        return new ListView<>(all.size(), paging.page(), paging.size(), items);
    }

    @GET
    @Path("{id}")
    public ConnectorView get(@PathParam("id") String id, @Context SecurityContext security) {
        CallerSecurityContext.of(security).require(Role.OPERATOR);
        return connectors.get(id).map(ConnectorViews::view)
                .orElseThrow(() -> ProblemException.notFound("no connector with this id"));
    }

    /** Starts a sync; 202 also when one is already running or queued, as the sync will happen. */
    @POST
    @Path("{id}/sync")
    public Response sync(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        CallerSecurityContext.of(security).require(Role.OPERATOR);
        if (!connectors.sync(id)) {
            throw ProblemException.notFound("no connector with this id");
        }
        return Response.accepted(new SyncAccepted(id, "requested"))
                .location(uri.getBaseUriBuilder().path("connectors").path(id).build()).build();
    }
}
