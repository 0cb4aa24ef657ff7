package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.civichub.feeds.Entitlement;
import org.civichub.feeds.Entitlements;
import org.civichub.feeds.Feeds;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.EntitlementsView;

/**
 * {@code /entitlements}: every department's approved list (准入清单) and its version, for any
 * authenticated caller: it names kinds of change, fields and facts, nothing about anyone. A
 * department client's call is audited, as every call of a department's system is.
 */
@Path("entitlements")
@Produces(MediaType.APPLICATION_JSON)
public final class EntitlementResource {

    private final Feeds feeds;
    private final Auditor auditor;

    /** The feeds, or {@code null} while they do not run. */
    public EntitlementResource(Feeds feeds, Auditor auditor) {
        this.feeds = feeds;
        this.auditor = auditor;
    }

    @GET
    public EntitlementsView get(@Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security);
        if (caller.has(Role.DEPARTMENT)) {
            auditor.record(caller, "entitlements.read", uri, List.of(), Disclosure.MASKED);
        }
        if (feeds == null) {
            throw ProblemException.unavailable("feeds", "the entitlements are not in force; see the hub's log");
        }
        Entitlements e = feeds.entitlements();
        return new EntitlementsView(e.version(), e.departments().values().stream()
                .sorted(Comparator.comparing(Entitlement::department)).toList());
    }
}
