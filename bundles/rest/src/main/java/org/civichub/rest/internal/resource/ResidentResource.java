package org.civichub.rest.internal.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.civichub.model.IdNumber;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.pipeline.Decisions;
import org.civichub.rest.internal.grid.GridPlaces;
import org.civichub.rest.internal.grid.GridPlan;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ChangeView;
import org.civichub.rest.internal.view.MergeRequest;
import org.civichub.rest.internal.view.MergeView;
import org.civichub.rest.internal.view.ResidentSearchPage;
import org.civichub.rest.internal.view.ResidentView;
import org.civichub.store.Outbox;
import org.civichub.store.Page;
import org.civichub.store.Place;
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

    /** The most residents a whole ID number that found nobody suggests. */
    static final int MAX_SUGGESTIONS = 5;

    private final ResidentSearch search;
    private final ResidentStore store;
    private final Decisions decisions;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;
    private final Outbox outbox;

    /** The most changes of one resident {@code /changes} lists, newest first. */
    static final int MAX_CHANGES = 200;

    private final java.util.function.Supplier<GridPlan> plans;

    public ResidentResource(ResidentSearch search, ResidentStore store, Decisions decisions, Auditor auditor,
                            Pseudonyms pseudonyms, Outbox outbox, java.util.function.Supplier<GridPlan> plans) {
        this.outbox = outbox;
        this.plans = plans;
        this.search = search;
        this.decisions = decisions;
        this.store = store;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
    }

    @GET
    public ResidentSearchPage search(@QueryParam("q") String q, @QueryParam("community") String community,
            @QueryParam("grid") String grid, @QueryParam("tag") List<String> tag, @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("reveal") String reveal, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Params params = new Params();
        String text = params.optional("q", q, "[^\\p{Cntrl}]{1,100}", "length(1..100)");
        String prefix = params.optional("community", community, "\\d{2,12}", "divisionCodePrefix");
        String gridId = params.optional("grid", grid, "\\d{12}-(\\d{1,4}|\\?)", "gridId");
        List<String> tags = params.tags(tag);
        Params.Paging paging = params.paging(page, size);
        GridPlan plan = plans.get();
        if (gridId != null && plan.grid(gridId).isEmpty()) {
            params.error(new FieldError("grid", "grid.exists", gridId));
        }
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        java.util.Optional<Place> place = gridId == null ? java.util.Optional.empty()
                : GridPlaces.of(plan.grid(gridId).orElseThrow(), plan, search, caller.scope());
        Page<Resident> found = gridId != null && place.isEmpty()
                ? new Page<>(0, paging.page(), paging.size(), List.of())
                : search.summaries(new ResidentQuery(text, prefix, tags, List.of(), place.orElse(null), paging.page(),
                        paging.size()), caller.scope());
        List<Resident> shown = found.items().stream().filter(caller::sees).toList();
        if (shown.size() != found.items().size()) {
            LOG.error("the search returned {} resident(s) outside the scope of {}; they are not shown",
                    found.items().size() - shown.size(), caller.user());
        }
        List<Resident> suggested = found.total() == 0 && text != null && isWholeIdNumber(text)
                ? search.similarIdNumbers(IdNumber.normalize(text), caller.scope(), MAX_SUGGESTIONS).stream()
                        .filter(caller::sees).toList()
                : List.of();
        auditor.record(caller, "resident.search", uri,
                Stream.concat(shown.stream(), suggested.stream()).map(Resident::id).toList(), disclosure);
        ResidentViews views = new ResidentViews(disclosure, pseudonyms);
        return new ResidentSearchPage(found.total(), paging.page(), paging.size(),
                shown.stream().map(views::summary).toList(), suggested.stream().map(views::summary).toList());
    }

    /** Whether the text is a whole ID number (valid or not): then a miss suggests the numbers one mistake away. */
    private static boolean isWholeIdNumber(String text) {
        return IdNumber.normalize(text).matches("\\d{17}[\\dX]");
    }

    @GET
    @Path("{id}")
    public ResidentView get(@PathParam("id") String id, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        Resident r = visible(caller, id);
        auditor.record(caller, "resident.read", uri, List.of(r.id()), disclosure);
        return new ResidentViews(disclosure, pseudonyms, decisions::note).view(r);
    }

    /**
     * The changes the hub recorded to a resident in the caller's scope, newest first (at most
     * {@value #MAX_CHANGES}): what changed, caused by which department's record, and when. Audited.
     */
    @GET
    @Path("{id}/changes")
    public List<ChangeView> changes(@PathParam("id") String id, @QueryParam("reveal") String reveal,
                                    @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        Resident r = visible(caller, id);
        List<Outbox.Entry> entries = outbox.about(r.id(), MAX_CHANGES);
        auditor.record(caller, "resident.changes", uri, List.of(r.id()), disclosure);
        return entries.stream().map(Outbox.Entry::event).map(e -> new ChangeView(e.id(), e.kind(), e.changedFields(),
                e.cause().department(), disclosure.text(e.cause().recordKey()), e.cause().updatedAt(), e.recordedAt()))
                .toList();
    }

    /**
     * Merges this resident into another ({@code into}), with a reason (role {@code operator}): no
     * search finds it any more, its records join the other one, whatever named it reaches the other
     * one, and {@code GET} still shows it with {@code merged}. Audited with both residents.
     */
    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public MergeView merge(@PathParam("id") String id, MergeRequest body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        String into = body == null ? null : body.into();
        if (into == null || into.isBlank()) {
            throw ProblemException.badRequest(List.of(new FieldError("into", "required", "")));
        }
        visible(caller, id);
        visible(caller, into);
        auditor.record(caller, "resident.merge", uri, List.of(id, into), Disclosure.MASKED);
        return refusedAsBadRequest(() -> decisions.merge(id, into, reason(body), caller.user()));
    }

    /**
     * Splits a merged resident back from the one it was merged into (role {@code operator}), with a
     * reason: both are built again from their own records, and the links the merge moved go back.
     * Audited with both residents.
     */
    @POST
    @Path("{id}/unmerge")
    @Consumes(MediaType.APPLICATION_JSON)
    public MergeView unmerge(@PathParam("id") String id, MergeRequest body, @Context SecurityContext security,
                             @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.OPERATOR);
        Resident merged = visible(caller, id);
        List<String> named = merged.isMerged() ? List.of(id, merged.merged().into()) : List.of(id);
        auditor.record(caller, "resident.unmerge", uri, named, Disclosure.MASKED);
        return refusedAsBadRequest(() -> decisions.unmerge(id, reason(body), caller.user()));
    }

    private Resident visible(Caller caller, String id) {
        return store.resident(id).filter(caller::sees)
                .orElseThrow(() -> ProblemException.notFound("no resident with this id"));
    }

    private static String reason(MergeRequest body) {
        return body == null || body.reason() == null ? "" : body.reason();
    }

    private static MergeView refusedAsBadRequest(Supplier<List<String>> decision) {
        try {
            return new MergeView(decision.get());
        } catch (DecisionRefusedException e) {
            throw ProblemException.badRequest(List.of(new FieldError("decision", "refused", e.getMessage())));
        }
    }
}
