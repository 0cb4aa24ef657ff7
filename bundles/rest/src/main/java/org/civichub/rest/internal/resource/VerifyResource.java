package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.civichub.feeds.Entitlements;
import org.civichub.feeds.Feeds;
import org.civichub.model.Household;
import org.civichub.model.IdMask;
import org.civichub.model.IdNumber;
import org.civichub.model.IdNumberException;
import org.civichub.model.PersonStatus;
import org.civichub.model.Provenance;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.model.TagKind;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.VerificationView;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;
import org.civichub.store.ResidentStore;

/**
 * {@code /verify}: a department asks the hub instead of sending the resident for a stamped
 * certificate (盖章证明). For a department client only, and only for the facts on its entitlements
 * (403 otherwise, audited as refused): {@code alive}, {@code resident-of} (with {@code division}, a
 * division-code prefix), {@code receives-allowance}, {@code household-members}. The answer carries
 * its basis and nothing else about the person. 404 for an ID number of no one in the client's scope.
 * Every call is audited.
 */
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
public final class VerifyResource {

    private final Feeds feeds;
    private final ResidentSearch search;
    private final ResidentStore store;
    private final Pseudonyms pseudonyms;
    private final Auditor auditor;

    /** The feeds (for the entitlements), or {@code null} while they do not run. */
    public VerifyResource(Feeds feeds, ResidentSearch search, ResidentStore store, Pseudonyms pseudonyms,
                          Auditor auditor) {
        this.feeds = feeds;
        this.search = search;
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.auditor = auditor;
    }

    @GET
    public VerificationView verify(@QueryParam("idNumber") String idNumber, @QueryParam("fact") String fact,
                                   @QueryParam("division") String division, @Context SecurityContext security,
                                   @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.DEPARTMENT);
        if (feeds == null) {
            throw ProblemException.unavailable("feeds", "the entitlements are not in force; see the hub's log");
        }
        List<FieldError> errors = new ArrayList<>();
        if (fact == null || !Entitlements.FACTS.contains(fact)) {
            errors.add(new FieldError("fact", "oneOf" + Entitlements.FACTS, fact));
        }
        IdNumber id = null;
        try {
            id = IdNumber.parse(idNumber == null ? "" : idNumber);
        } catch (IdNumberException e) {
            errors.add(new FieldError("idNumber", e.rule().code(), IdMask.mask(idNumber == null ? "" : idNumber)));
        }
        if ("resident-of".equals(fact) && (division == null || !division.matches("\\d{2,12}"))) {
            errors.add(new FieldError("division", "divisionCodePrefix", division));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        if (!feeds.entitlements().of(caller.department()).map(e -> e.facts().contains(fact)).orElse(false)) {
            throw ProblemException.forbidden("'" + fact + "' is not on " + caller.department() + "'s entitlements");
        }
        IdNumber wanted = id;
        Resident r = search.search(new ResidentQuery(wanted.value(), null, 0, 5), caller.scope()).items().stream()
                .filter(x -> wanted.equals(x.idNumber())).filter(caller.scope()::reaches).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no resident with this ID number in your scope"));
        auditor.record(caller, "verify." + fact, uri, List.of(r.id()), Disclosure.MASKED);
        return switch (fact) {
            case "alive" -> alive(r);
            case "resident-of" -> residentOf(r, division);
            case "receives-allowance" -> allowance(r);
            default -> household(r);
        };
    }

    private static VerificationView alive(Resident r) {
        boolean dead = r.status() != null && r.status().value() == PersonStatus.DECEASED;
        return new VerificationView("alive", dead ? "no" : "yes", r.status() == null ? List.of() : basis(r.status()));
    }

    private static VerificationView residentOf(Resident r, String division) {
        boolean in = r.registeredAddress() != null && r.registeredAddress().value().division() != null
                && r.registeredAddress().value().division().value().startsWith(division);
        return new VerificationView("resident-of", in ? "yes" : "no",
                r.registeredAddress() == null ? List.of() : basis(r.registeredAddress()));
    }

    private static VerificationView allowance(Resident r) {
        List<Sourced<Tag>> active = r.tags().stream().filter(t -> t.value().isActive()
                && (t.value().kind() == TagKind.SUBSISTENCE || t.value().kind() == TagKind.EXTREME_POVERTY)).toList();
        return new VerificationView("receives-allowance", active.isEmpty() ? "no" : "yes",
                active.stream().map(t -> basisOf(t.source())).toList());
    }

    private VerificationView household(Resident r) {
        Household h = r.householdNo() == null ? null
                : store.household(pseudonyms.householdId(r.householdNo().value())).orElse(null);
        if (h == null) {
            return new VerificationView("household-members", List.of(), List.of());
        }
        return new VerificationView("household-members",
                h.members().stream().map(m -> new VerificationView.Member(m.name(), m.relationToHead())).toList(),
                h.members().stream().map(m -> basisOf(m.source())).distinct().toList());
    }

    private static List<VerificationView.Basis> basis(Sourced<?> value) {
        return List.of(basisOf(value.source()));
    }

    private static VerificationView.Basis basisOf(Provenance p) {
        return new VerificationView.Basis(p.department(), IdMask.mask(p.recordKey()), p.updatedAt());
    }
}
