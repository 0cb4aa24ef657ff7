package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ListView;
import org.civichub.rest.internal.view.QuarantineView;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.QuarantineStore;

/**
 * {@code /quarantine}: source records held back, with their violations and raw payload (role
 * {@code operator}), in the operator's scope like residents: an entry is shown when the scope covers
 * one of the communities its record names, and an entry naming none only to a district-wide
 * scope. Payloads are personal data: reads are audited, ID numbers and dates masked.
 */
@Path("quarantine")
@Produces(MediaType.APPLICATION_JSON)
public final class QuarantineResource {

    private final QuarantineStore quarantine;
    private final Auditor auditor;

    public QuarantineResource(QuarantineStore quarantine, Auditor auditor) {
        this.quarantine = quarantine;
        this.auditor = auditor;
    }

    @GET
    public ListView<QuarantineView> list(@QueryParam("department") String department,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Params params = new Params();
        String dept = params.optional("department", department, "[a-z][a-z0-9_-]{0,39}", "department");
        Params.Paging paging = params.paging(page, size);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        Page<QuarantineEntry> found = quarantine.list(dept, caller.scope(), paging.page(), paging.size());
        auditor.record(caller, "quarantine.list", uri, found.items().stream().map(QuarantineEntry::id).toList(),
                disclosure);
        QuarantineViews views = new QuarantineViews(disclosure);
        return new ListView<>(found.total(), paging.page(), paging.size(),
                found.items().stream().map(views::view).toList());
    }

    @GET
    @Path("{id}")
    public QuarantineView get(@PathParam("id") String id, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        QuarantineEntry entry = quarantine.get(id).filter(e -> caller.scope().coversAnyOf(e.divisions()))
                .orElseThrow(() -> ProblemException.notFound("no quarantine entry with this id"));
        auditor.record(caller, "quarantine.read", uri, List.of(entry.id()), disclosure);
        return new QuarantineViews(disclosure).view(entry);
    }
}
