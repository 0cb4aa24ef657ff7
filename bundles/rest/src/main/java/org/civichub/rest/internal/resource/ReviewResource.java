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
import org.civichub.rest.internal.view.ReviewPage;
import org.civichub.store.Link;
import org.civichub.store.LinkStore;

/**
 * {@code /review}: the records the resolver could not place with confidence (role {@code operator}): a
 * record without a valid ID number whose best candidates scored between the review and the link
 * threshold, or tied. Each comes with its candidates, best first, and every comparator's level and
 * weight. Filter with {@code department}; page with the opaque cursor {@code after}. Record keys are
 * masked unless the caller may and does ask for them ({@code reveal=idNumber}). Audited, with the
 * candidates as the residents read.
 */
@Path("review")
public final class ReviewResource {

    private final LinkStore links;
    private final Auditor auditor;

    public ReviewResource(LinkStore links, Auditor auditor) {
        this.links = links;
        this.auditor = auditor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewPage get(@QueryParam("department") String department, @QueryParam("after") String after,
                          @QueryParam("limit") String limit, @QueryParam("reveal") String reveal,
                          @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Params params = new Params();
        String dept = params.optional("department", department, "[a-z][a-z0-9-]{0,39}", "department");
        String from = params.optional("after", after, "[0-9a-f]{1,128}", "cursor");
        int n = params.limit(limit, 100, LinkResource.MAX_LIMIT);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        List<Link> page = links.inState(Link.State.REVIEW, dept, from, n);
        auditor.record(caller, "review.list", uri, page.stream().flatMap(l -> l.candidates().stream())
                .map(Link.Candidate::residentId).distinct().toList(), disclosure);
        String next = page.size() < n ? null : page.get(page.size() - 1).position();
        return new ReviewPage(page.stream().map(l -> new ReviewPage.ReviewItem(disclosure.text(l.recordKey()),
                l.department(), l.recordType(), l.candidates().stream().map(c -> new ReviewPage.CandidateView(
                        c.residentId(), c.score(), c.evidence().stream().map(e -> new ReviewPage.EvidenceView(
                                e.comparator(), e.level(), e.weight())).toList())).toList())).toList(), next);
    }
}
