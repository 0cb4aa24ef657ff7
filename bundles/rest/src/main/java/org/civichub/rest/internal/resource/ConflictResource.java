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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civichub.model.Claim;
import org.civichub.model.Conflict;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.pipeline.DecisionRefusedException;
import org.civichub.pipeline.Decisions;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.ConflictCountView;
import org.civichub.rest.internal.view.ConflictDecisionRequest;
import org.civichub.rest.internal.view.ConflictDecisionView;
import org.civichub.rest.internal.view.ConflictsPage;
import org.civichub.rest.internal.view.ResidentConflicts;
import org.civichub.store.Page;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;
import org.civichub.store.ResidentStore;

/**
 * {@code /conflicts}: the residents in the caller's scope on whom departments disagree (数据打架),
 * role {@code worker}. Counts by kind and pair of departments, then one page of residents, each with
 * every department's value and its source. Filter with {@code kind} (a field: {@code name},
 * {@code sex}, {@code birthDate}, {@code status}, {@code marital}) and {@code departments} (a pair
 * that disagrees, for example {@code civil/police}, in either order). Masked as resident searches
 * are; audited with the residents shown. {@code POST /conflicts/{residentId}/{kind}} resolves one.
 */
@Path("conflicts")
@Produces(MediaType.APPLICATION_JSON)
public final class ConflictResource {

    private final ResidentSearch search;
    private final ResidentStore store;
    private final Decisions decisions;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;

    public ConflictResource(ResidentSearch search, ResidentStore store, Decisions decisions, Auditor auditor,
                            Pseudonyms pseudonyms) {
        this.search = search;
        this.store = store;
        this.decisions = decisions;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
    }

    @GET
    public ConflictsPage list(@QueryParam("kind") String kind, @QueryParam("departments") String departments,
            @QueryParam("community") String community, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Params params = new Params();
        String field = params.optional("kind", kind, "[A-Za-z]{1,20}", "oneOf" + Claim.FIELDS);
        if (field != null && !Claim.FIELDS.contains(field)) {
            params.error(new FieldError("kind", "oneOf" + Claim.FIELDS, kind));
        }
        String pair = params.optional("departments", departments, "[a-z][a-z0-9-]{0,39}/[a-z][a-z0-9-]{0,39}",
                "departments(a/b)");
        if (pair != null && pair.matches("[a-z0-9-]+/[a-z0-9-]+")) {
            String[] two = pair.split("/");
            pair = Conflict.pair(two[0], two[1]);
        }
        if (pair != null && field == null) {
            params.error(new FieldError("departments", "requires(kind)", departments));
        }
        String prefix = params.optional("community", community, "\\d{2,12}", "divisionCodePrefix");
        Params.Paging paging = params.paging(page, size);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        String term = field == null ? ResidentQuery.ANY_CONFLICT : pair == null ? field : field + ":" + pair;
        Page<Resident> found = search.search(new ResidentQuery(null, prefix, List.of(), List.of(term),
                paging.page(), paging.size()), caller.scope());
        List<Resident> shown = found.items().stream().filter(caller::sees).toList();
        Map<String, Long> counts = search.conflictCounts(caller.scope());
        auditor.record(caller, "conflict.list", uri, shown.stream().map(Resident::id).toList(), disclosure);
        ResidentViews views = new ResidentViews(disclosure, pseudonyms, decisions::note);
        return new ConflictsPage(counts(counts), found.total(), paging.page(), paging.size(), shown.stream()
                .map(r -> new ResidentConflicts(views.summary(r), views.conflicts(r))).toList());
    }

    /**
     * Resolves the open conflict of one kind on a resident in the caller's scope: the resident keeps
     * the value of the department named, with the worker's reason, until a department states another
     * value after the decision. 404 for a resident outside the scope, 409 when no such conflict is
     * open, 400 naming every bad field. Audited.
     */
    @POST
    @Path("{residentId}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConflictDecisionView resolve(@PathParam("residentId") String residentId, @PathParam("kind") String kind,
            ConflictDecisionRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Resident r = store.resident(residentId).filter(caller::sees)
                .orElseThrow(() -> ProblemException.notFound("no resident with this id"));
        Conflict open = r.conflicts().stream().filter(c -> c.isOpen() && c.field().equals(kind)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("the resident has no open conflict of kind '" + kind + "'"));
        List<String> departments = open.claims().stream().map(Claim::department).distinct().toList();
        String department = body == null ? null : body.department();
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        List<FieldError> errors = new ArrayList<>();
        if (department == null || !departments.contains(department)) {
            errors.add(new FieldError("department", "oneOf" + departments, department));
        }
        if (reason.isEmpty() || reason.length() > 200) {
            errors.add(new FieldError("reason", "length(1..200)", reason));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        Claim kept = open.claims().stream().filter(c -> c.department().equals(department))
                .reduce((a, b) -> b.source().isNewerThan(a.source()) ? b : a).orElseThrow();
        Disclosure disclosure = Disclosure.MASKED;
        auditor.record(caller, "conflict.resolve", uri, List.of(r.id()), disclosure);
        String decision;
        try {
            decision = decisions.resolveConflict(r.id(), kind, kept.value(), reason, caller.user());
        } catch (DecisionRefusedException e) {
            throw ProblemException.badRequest(List.of(new FieldError("decision", "refused", e.getMessage())));
        }
        return new ConflictDecisionView(decision, r.id(), kind, department, disclosure.text(kept.value()), reason);
    }

    /** Every kind, then its department pairs, as the counts name them. */
    private static List<ConflictCountView> counts(Map<String, Long> terms) {
        List<ConflictCountView> out = new ArrayList<>();
        for (String field : Claim.FIELDS) {
            terms.forEach((term, n) -> {
                if (term.startsWith(field + ":")) {
                    out.add(new ConflictCountView(field, term.substring(field.length() + 1), n));
                }
            });
        }
        return out;
    }
}
