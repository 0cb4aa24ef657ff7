package org.civichub.rest.internal.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.pipeline.Decisions;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ReviewDecisionRequest;
import org.civichub.rest.internal.view.ReviewDecisionView;
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
    private final Decisions decisions;
    private final Auditor auditor;

    public ReviewResource(LinkStore links, Decisions decisions, Auditor auditor) {
        this.links = links;
        this.decisions = decisions;
        this.auditor = auditor;
    }

    /**
     * Accepts a record in review as one of its candidates ({@code residentId}, required), with a
     * reason: it joins that resident, and the decision stays on its link. Audited.
     */
    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewDecisionView accept(@PathParam("id") String id, ReviewDecisionRequest body,
                                     @Context SecurityContext security, @Context UriInfo uri) {
        String residentId = body == null ? null : body.residentId();
        if (residentId == null || residentId.isBlank()) {
            throw ProblemException.badRequest(List.of(new FieldError("residentId", "required", "")));
        }
        return decide(id, residentId, body, "review.accept", security, uri);
    }

    /**
     * Rejects every candidate of a record in review, with a reason: it founds a resident of its own
     * when it can (a name, sex and birth date), else stays unlinked, and never waits in review again.
     * Audited.
     */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ReviewDecisionView reject(@PathParam("id") String id, ReviewDecisionRequest body,
                                     @Context SecurityContext security, @Context UriInfo uri) {
        return decide(id, null, body, "review.reject", security, uri);
    }

    private ReviewDecisionView decide(String id, String residentId, ReviewDecisionRequest body, String action,
                                      SecurityContext security, UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        if (!id.matches("[0-9a-f]{1,128}")) {
            throw ProblemException.notFound("no record in review with this id");
        }
        Link link = links.get(List.of(id)).get(id);
        if (link == null || link.state() != Link.State.REVIEW) {
            throw ProblemException.notFound("no record in review with this id");
        }
        auditor.record(caller, action, uri, residentId == null ? List.of() : List.of(residentId), Disclosure.MASKED);
        String reason = body == null || body.reason() == null ? "" : body.reason();
        try {
            String state = decisions.decideReview(id, residentId, reason, caller.user());
            Link after = links.get(List.of(id)).get(id);
            return new ReviewDecisionView(id, state, after == null ? null : after.residentId());
        } catch (DecisionRefusedException e) {
            throw ProblemException.badRequest(List.of(new FieldError("decision", "refused", e.getMessage())));
        }
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
        auditor.record(caller, "review.list", uri, candidateIds(page), disclosure);
        String next = page.size() < n ? null : page.get(page.size() - 1).position();
        ResidentViews views = new ResidentViews(disclosure, null);
        return new ReviewPage(page.stream().map(l -> new ReviewPage.ReviewItem(l.position(), disclosure.text(l.recordKey()),
                l.department(), l.recordType(), decisions.inReview(l.position()).map(views::record).orElse(null),
                candidates(l))).toList(), next);
    }

    /** The residents the candidates of these links name, each once: what a list of them shows. */
    static List<String> candidateIds(List<Link> page) {
        return page.stream().flatMap(l -> l.candidates().stream()).map(Link.Candidate::residentId).distinct().toList();
    }

    /** The candidates a link keeps, with each comparator's evidence. */
    static List<ReviewPage.CandidateView> candidates(Link l) {
        return l.candidates().stream().map(c -> new ReviewPage.CandidateView(c.residentId(), c.score(),
                c.evidence().stream().map(e -> new ReviewPage.EvidenceView(e.comparator(), e.level(), e.weight()))
                        .toList())).toList();
    }
}
