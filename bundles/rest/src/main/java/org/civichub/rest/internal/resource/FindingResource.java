package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.FindingView;
import org.civichub.rest.internal.view.FindingsPage;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;

/**
 * {@code /findings}: the data-quality findings against each department's records (role {@code operator}),
 * such as an ID number with a wrong check character that the hub linked by the rest of its evidence. The
 * record keeps flowing; the finding is there to be reported back to the department. Filter with
 * {@code department}; page with the opaque cursor {@code after}. Record keys are masked unless the caller
 * may and does ask for them ({@code reveal=idNumber}). Audited.
 */
@Path("findings")
public final class FindingResource {

    private final LinkStore links;
    private final Auditor auditor;

    public FindingResource(LinkStore links, Auditor auditor) {
        this.links = links;
        this.auditor = auditor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FindingsPage get(@QueryParam("department") String department, @QueryParam("after") String after,
                            @QueryParam("limit") String limit, @QueryParam("reveal") String reveal,
                            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Params params = new Params();
        String dept = params.optional("department", department, "[a-z][a-z0-9-]{0,39}", "department");
        String from = params.optional("after", after, "[0-9a-f]{1,128}", "cursor");
        int n = params.limit(limit, 100, LinkResource.MAX_LIMIT);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        List<Link> page = links.withFindings(dept, from, n);
        auditor.record(caller, "finding.list", uri, ReviewResource.candidateIds(page), disclosure);
        String next = page.size() < n ? null : page.get(page.size() - 1).position();
        return new FindingsPage(links.findingCounts(dept), page.stream().map(l -> new FindingView(
                disclosure.text(l.recordKey()), l.department(), l.recordType(), l.state().code(), l.residentId(),
                l.findings(), ReviewResource.candidates(l))).toList(), next);
    }
}
