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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civichub.model.Pseudonyms;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ListView;
import org.civichub.rest.internal.view.QuarantineView;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;
import org.civichub.store.Page;
import org.civichub.store.QuarantineEntry;
import org.civichub.store.QuarantineStore;

/**
 * {@code /quarantine}: source records held back, with their violations and raw payload (role
 * {@code operator}), in the operator's scope like residents: an entry is shown when the scope covers
 * one of the communities its record names, and an entry naming none only to a district-wide
 * scope. Payloads are personal data: reads are audited, ID numbers and dates masked. Each entry says
 * where its record stands now ({@code now}): a department that fixed it sent a version that passed.
 */
@Path("quarantine")
@Produces(MediaType.APPLICATION_JSON)
public final class QuarantineResource {

    private final QuarantineStore quarantine;
    private final LinkStore links;
    private final Pseudonyms pseudonyms;
    private final Auditor auditor;

    public QuarantineResource(QuarantineStore quarantine, LinkStore links, Pseudonyms pseudonyms, Auditor auditor) {
        this.quarantine = quarantine;
        this.links = links;
        this.pseudonyms = pseudonyms;
        this.auditor = auditor;
    }

    /** Where each entry's record stands now, by the position of its link. */
    private Map<String, Link> standing(List<QuarantineEntry> entries) {
        Map<String, String> positions = new LinkedHashMap<>();
        entries.forEach(e -> positions.put(e.id(), pseudonyms.linkPosition(e.record().key().recordKey())));
        Map<String, Link> byPosition = links.get(positions.values());
        Map<String, Link> out = new LinkedHashMap<>();
        positions.forEach((id, position) -> out.put(id, byPosition.get(position)));
        return out;
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
        Map<String, Link> now = standing(found.items());
        return new ListView<>(found.total(), paging.page(), paging.size(),
                found.items().stream().map(e -> views.view(e, now.get(e.id()))).toList());
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
        return new QuarantineViews(disclosure).view(entry, standing(List.of(entry)).get(entry.id()));
    }
}
