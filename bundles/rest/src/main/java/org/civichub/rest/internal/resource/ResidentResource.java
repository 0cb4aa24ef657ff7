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
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ListView;
import org.civichub.rest.internal.view.ResidentSummary;
import org.civichub.rest.internal.view.ResidentView;
import org.civichub.store.Page;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;
import org.civichub.store.ResidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /residents}: search and read residents in the caller's scope (role {@code worker}). A
 * resident outside the scope is answered like one that does not exist.
 */
@Path("residents")
@Produces(MediaType.APPLICATION_JSON)
public final class ResidentResource {

    private static final Logger LOG = LoggerFactory.getLogger(ResidentResource.class);

    private final ResidentSearch search;
    private final ResidentStore store;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;

    public ResidentResource(ResidentSearch search, ResidentStore store, Auditor auditor, Pseudonyms pseudonyms) {
        this.search = search;
        this.store = store;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
    }

    @GET
    public ListView<ResidentSummary> search(@QueryParam("q") String q, @QueryParam("community") String community,
            @QueryParam("tag") List<String> tag, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("reveal") String reveal, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Params params = new Params();
        String text = params.optional("q", q, "[^\\p{Cntrl}]{1,100}", "length(1..100)");
        String prefix = params.optional("community", community, "\\d{2,12}", "divisionCodePrefix");
        List<String> tags = params.tags(tag);
        Params.Paging paging = params.paging(page, size);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        Page<Resident> found = search.search(new ResidentQuery(text, prefix, tags, paging.page(), paging.size()), caller.scope());
        List<Resident> shown = found.items().stream().filter(caller::sees).toList();
        if (shown.size() != found.items().size()) {
            LOG.error("the search returned {} resident(s) outside the scope of {}; they are not shown",
                    found.items().size() - shown.size(), caller.user());
        }
        auditor.record(caller, "resident.search", uri, shown.stream().map(Resident::id).toList(), disclosure);
        ResidentViews views = new ResidentViews(disclosure, pseudonyms);
        return new ListView<>(found.total(), paging.page(), paging.size(),
                shown.stream().map(views::summary).toList());
    }

    @GET
    @Path("{id}")
    public ResidentView get(@PathParam("id") String id, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        Resident r = store.resident(id).filter(caller::sees)
                .orElseThrow(() -> ProblemException.notFound("no resident with this id"));
        auditor.record(caller, "resident.read", uri, List.of(r.id()), disclosure);
        return new ResidentViews(disclosure, pseudonyms).view(r);
    }
}
