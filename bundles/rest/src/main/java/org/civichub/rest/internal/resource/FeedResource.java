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
import org.civichub.feeds.FeedPage;
import org.civichub.feeds.Feeds;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.FeedView;

/**
 * {@code /feeds/{department}}: a department's feed of the changes it is entitled to, for that
 * department's own client only ({@code X-Api-Key}). Ordered and replayable: {@code after} is a cursor
 * a page gave as {@code next}; any past cursor reads on from its place again. Each event is a
 * CloudEvents 1.0 JSON event with the department's entitled fields only, ID numbers in full (a
 * department matches them against its own records). Audited with the residents the page shows.
 */
@Path("feeds")
@Produces(MediaType.APPLICATION_JSON)
public final class FeedResource {

    static final int MAX_LIMIT = 1000;

    private final Feeds feeds;
    private final Auditor auditor;

    /** The feeds, or {@code null} while they do not run (their entitlements were refused). */
    public FeedResource(Feeds feeds, Auditor auditor) {
        this.feeds = feeds;
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
        if (feeds == null) {
            throw ProblemException.unavailable("feeds", "the feeds are not running; see the hub's log");
        }
        Params params = new Params();
        String cursor = params.optional("after", after, "[A-Za-z0-9_-]{1,64}", "cursor");
        int n = params.limit(limit, 100, MAX_LIMIT);
        params.check();
        FeedPage page;
        try {
            page = feeds.read(department, cursor, n, caller::sees);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(List.of(new FieldError("after", "cursor", e.getMessage())));
        }
        auditor.record(caller, "feed.read", uri, page.residents(), Disclosure.FULL);
        return new FeedView(page.items(), page.next());
    }
}
