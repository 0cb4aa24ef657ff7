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
import org.civichub.model.Household;
import org.civichub.model.HouseholdMember;
import org.civichub.model.Pseudonyms;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.HouseholdDetail;
import org.civichub.store.ResidentStore;

/**
 * {@code /households/{id}}: a household (户) with its members and their relations to the head (role
 * {@code worker}), for a household whose address is in the caller's scope; any other is answered like
 * one that does not exist. The id is the one a resident's {@code household.id} gives. Audited, with
 * the members as the residents read.
 */
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
public final class HouseholdResource {

    private final ResidentStore store;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;

    public HouseholdResource(ResidentStore store, Auditor auditor, Pseudonyms pseudonyms) {
        this.store = store;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
    }

    @GET
    @Path("{id}")
    public HouseholdDetail get(@PathParam("id") String id, @QueryParam("reveal") String reveal,
                               @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        Household h = (id.matches("h[0-9a-f]{32}") ? store.households(List.of(id)).get(id) : null);
        if (h == null || !caller.sees(h)) {
            throw ProblemException.notFound("no household with this id");
        }
        auditor.record(caller, "household.read", uri, h.members().stream().map(HouseholdMember::residentId).toList(),
                disclosure);
        return new ResidentViews(disclosure, pseudonyms).household(h);
    }
}
