package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civichub.model.TagKind;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.TagCountView;
import org.civichub.store.ResidentSearch;

/**
 * {@code /tags}: how many residents in the caller's scope have each active tag (role
 * {@code worker}), every kind listed even at zero, then each kind with its detail. Audited.
 */
@Path("tags")
@Produces(MediaType.APPLICATION_JSON)
public final class TagResource {

    private final ResidentSearch search;
    private final Auditor auditor;

    public TagResource(ResidentSearch search, Auditor auditor) {
        this.search = search;
        this.auditor = auditor;
    }

    @GET
    public List<TagCountView> counts(@Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Map<String, Long> counts = search.tagCounts(caller.scope());
        auditor.record(caller, "tag.count", uri, List.of(), Disclosure.requested(caller, null));
        List<TagCountView> out = new ArrayList<>();
        for (TagKind k : TagKind.values()) {
            out.add(new TagCountView(k.code(), k.code(), k.label(), null, counts.getOrDefault(k.code(), 0L)));
            counts.forEach((term, n) -> {
                if (term.startsWith(k.code() + ":")) {
                    out.add(new TagCountView(term, k.code(), k.label(), term.substring(k.code().length() + 1), n));
                }
            });
        }
        return out;
    }
}
