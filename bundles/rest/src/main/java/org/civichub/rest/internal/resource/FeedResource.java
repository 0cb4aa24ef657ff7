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
import org.civichub.feeds.ChannelStatus;
import org.civichub.feeds.Channels;
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.Feeds;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.DeliveryView;
import org.civichub.rest.internal.view.FeedStatusView;
import org.civichub.rest.internal.view.FeedView;
import org.civichub.store.Deliveries;

/**
 * {@code /feeds/{department}}: a department's feed of the changes it is entitled to, for that
 * department's own client only ({@code X-Api-Key}). Ordered and replayable: {@code after} is a cursor
 * a page gave as {@code next}; any past cursor reads on from its place again. Each event is a
 * CloudEvents 1.0 JSON event with the department's entitled fields only, ID numbers in full (a
 * department matches them against its own records). Audited with the residents the page shows;
 * the channel's status and proofs of delivery are audited too.
 */
@Path("feeds")
@Produces(MediaType.APPLICATION_JSON)
public final class FeedResource {

    static final int MAX_LIMIT = 1000;

    private final Feeds feeds;
    private final Channels channels;
    private final Deliveries deliveries;
    private final Auditor auditor;

    /** The feeds and channels, each {@code null} while they do not run (their entitlements were refused). */
    public FeedResource(Feeds feeds, Channels channels, Deliveries deliveries, Auditor auditor) {
        this.feeds = feeds;
        this.channels = channels;
        this.deliveries = deliveries;
        this.auditor = auditor;
    }

    @GET
    @Path("{department}")
    public FeedView read(@PathParam("department") String department, @QueryParam("after") String after,
                         @QueryParam("limit") String limit, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.DEPARTMENT);
        if (!department.equals(caller.department())) {
            throw ProblemException.forbidden("a department reads its own feed only");
        }
        requireFeeds();
        Params params = new Params();
        String cursor = params.optional("after", after, "[A-Za-z0-9_-]{1,64}", "cursor");
        int n = params.limit(limit, 100, MAX_LIMIT);
        params.check();
        FeedPage page;
        try {
            page = feeds.read(department, cursor, n, caller.scope()::reaches);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(List.of(new FieldError("after", "cursor", e.getMessage())));
        }
        auditor.record(caller, "feed.read", uri, page.residents(), Disclosure.FULL);
        return new FeedView(page.items(), page.next());
    }

    /**
     * Where a department's channel stands, for its own client or an operator: the entitlements'
     * version, the cursor at the end of the feed now ({@code head}: a department that starts now reads
     * on from it), and its push channel's state, position, deliveries and last failure ({@code push},
     * absent when the department only pulls).
     */
    @GET
    @Path("{department}/status")
    public FeedStatusView status(@PathParam("department") String department, @Context SecurityContext security,
                                 @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security);
        ownOrOperator(caller, department);
        auditor.record(caller, "feed.status", uri, List.of(), Disclosure.MASKED);
        requireFeeds();
        if (feeds.entitlements().of(department).isEmpty()) {
            throw ProblemException.notFound("no department '" + department + "' has entitlements");
        }
        ChannelStatus push = channels == null ? null : channels.status(department).orElse(null);
        return new FeedStatusView(department, feeds.entitlements().version(), feeds.head(), push);
    }

    /**
     * Proof of delivery of one event to the department: {@code delivered} with when it was delivered
     * and acknowledged and the attempts it took, or {@code pending} (not delivered yet, or not an event
     * for this department).
     */
    @GET
    @Path("{department}/events/{eventId}")
    public DeliveryView delivery(@PathParam("department") String department, @PathParam("eventId") String eventId,
                                 @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security);
        ownOrOperator(caller, department);
        auditor.record(caller, "feed.delivery", uri, List.of(), Disclosure.MASKED);
        if (!eventId.matches("[0-9a-f]{1,64}")) {
            throw ProblemException.notFound("no event with this id");
        }
        return deliveries.receipt(department, eventId)
                .map(r -> new DeliveryView(department, eventId, "delivered", r.deliveredAt(), r.acknowledgedAt(),
                        r.attempts()))
                .orElse(new DeliveryView(department, eventId, "pending", null, null, 0));
    }

    private static void ownOrOperator(Caller caller, String department) {
        if (!caller.has(Role.OPERATOR) && !department.equals(caller.department())) {
            throw ProblemException.forbidden("a department sees its own channel only");
        }
    }

    private void requireFeeds() {
        if (feeds == null) {
            throw ProblemException.unavailable("feeds", "the feeds are not running; see the hub's log");
        }
    }
}
