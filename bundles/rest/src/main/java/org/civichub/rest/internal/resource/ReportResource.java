package org.civichub.rest.internal.resource;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civichub.feeds.Channels;
import org.civichub.feeds.Feeds;
import org.civichub.model.Address;
import org.civichub.model.IdMask;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.SourceRecord;
import org.civichub.pipeline.ReportRefusedException;
import org.civichub.pipeline.Reports;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.DeliveryView;
import org.civichub.rest.internal.view.ReportView;
import org.civichub.store.AuditEntry;
import org.civichub.store.Deliveries;
import org.civichub.store.Outbox;
import org.civichub.store.ResidentStore;

/**
 * {@code /reports}: a community worker records a change once (一次录入) — a death, a move out or
 * in, a birth, a marriage, an employment or an address change — and it reaches every department
 * entitled to hear of it. For workers ({@code worker}), within their scope: a report about a
 * resident outside it is refused as if there were no such resident (404), one for a community
 * outside it with 403; both refusals are audited. A report that breaks a rule is refused with 400
 * naming every field and rule; nothing is kept then. {@code GET /reports/{id}} shows the report
 * and, per department, each of its events' delivery. Audited.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public final class ReportResource {

    /** The fields naming residents a report may carry. */
    private static final List<String> RESIDENT_FIELDS = List.of("residentId", "mother", "father");
    private static final int MAX_EVENTS = 100;

    private final Reports reports;
    private final ResidentStore store;
    private final Outbox outbox;
    private final Feeds feeds;
    private final Channels channels;
    private final Deliveries deliveries;
    private final Auditor auditor;

    /** {@code feeds} and {@code channels} are {@code null} while they do not run. */
    public ReportResource(Reports reports, ResidentStore store, Outbox outbox, Feeds feeds, Channels channels,
                          Deliveries deliveries, Auditor auditor) {
        this.reports = reports;
        this.store = store;
        this.outbox = outbox;
        this.feeds = feeds;
        this.channels = channels;
        this.deliveries = deliveries;
        this.auditor = auditor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(Map<String, Object> body, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Map<String, String> fields = fields(body);
        List<String> named = new ArrayList<>();
        String division = null;
        for (String field : RESIDENT_FIELDS) {
            String id = fields.get(field);
            if (id == null || id.isBlank()) {
                continue;
            }
            Resident r = store.resident(id.strip()).filter(caller::sees).orElse(null);
            if (r == null) {
                auditor.refused(caller.user(), caller.client(), "report.file", AuditEntry.NOT_FOUND, uri);
                throw ProblemException.notFound(field + ": no resident with this id");
            }
            named.add(r.id());
            division = division != null ? division : community(r, caller);
        }
        fields.putIfAbsent("division", division == null ? "" : division);
        String community = fields.get("division");
        if (!community.isBlank() && !caller.scope().touches(community)) {
            auditor.refused(caller.user(), caller.client(), "report.file", AuditEntry.DENIED, uri);
            throw ProblemException.forbidden("division: the community is outside your scope");
        }
        SourceRecord filed;
        try {
            filed = reports.file(fields, caller.user());
        } catch (ReportRefusedException e) {
            throw ProblemException.badRequest(e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.rule(), IdMask.mask(v.value()))).toList());
        }
        ReportView view = view(filed);
        auditor.record(caller, "report.file", uri, view.residents(), Disclosure.MASKED);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @Path("{id}")
    public ReportView get(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security);
        if (!caller.has(Role.WORKER) && !caller.has(Role.OPERATOR)) {
            throw ProblemException.forbidden("this needs the role 'worker' or 'operator'");
        }
        Optional<SourceRecord> report = id.matches("[0-9a-f-]{36}") ? reports.get(id) : Optional.empty();
        ReportView view = report.filter(r -> caller.scope().touches(r.field("division"))).map(this::view)
                .filter(v -> shown(caller, report.get(), v)).orElse(null);
        if (view == null) {
            auditor.refused(caller.user(), caller.client(), "report.read", AuditEntry.NOT_FOUND, uri);
            throw ProblemException.notFound("no report with this id");
        }
        auditor.record(caller, "report.read", uri, view.residents(), Disclosure.MASKED);
        return view;
    }

    /**
     * Whether the caller may read the report: its community is theirs, or (a grid worker's) one of the
     * residents it concerns lives in their grid.
     */
    private boolean shown(Caller caller, SourceRecord report, ReportView view) {
        return caller.scope().covers(report.field("division"))
                || !view.residents().isEmpty() && store.residents(view.residents()).values().stream().anyMatch(caller::sees);
    }

    private ReportView view(SourceRecord r) {
        List<Outbox.Entry> events = outbox.causedBy(r.key().recordKey(), MAX_EVENTS).stream()
                .filter(e -> "resident".equals(e.event().entityType())).toList();
        Set<String> residents = new LinkedHashSet<>();
        events.forEach(e -> residents.add(e.event().entityId()));
        Map<String, Resident> now = residents.isEmpty() ? Map.of() : store.residents(residents);
        Map<String, List<DeliveryView>> byDepartment = new TreeMap<>();
        for (Outbox.Entry e : events) {
            Resident resident = now.get(e.event().entityId());
            if (feeds == null || resident == null) {
                continue;
            }
            for (String department : feeds.recipients(e, resident)) {
                byDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(delivery(department, e));
            }
        }
        List<ReportView.ReportDelivery> out = new ArrayList<>();
        byDepartment.forEach((department, list) -> {
            String channel = channels == null ? "pull"
                    : channels.status(department).map(s -> s.transport()).orElse("pull");
            boolean all = list.stream().allMatch(d -> "delivered".equals(d.state()));
            out.add(new ReportView.ReportDelivery(department, channel,
                    all ? "delivered" : "pull".equals(channel) ? "inFeed" : "pending", list));
        });
        Map<String, String> shown = new LinkedHashMap<>();
        r.payload().forEach((k, v) -> {
            if (!k.equals("user") && !k.equals("kind") && !k.equals("division")) {
                shown.put(k, IdMask.mask(v));
            }
        });
        return new ReportView(r.key().sourceId(), r.field("kind"), r.field("division"), r.field("user"),
                r.updatedAt(), shown, List.copyOf(residents), out);
    }

    private DeliveryView delivery(String department, Outbox.Entry e) {
        String id = e.event().id();
        return deliveries.receipt(department, id)
                .map(x -> new DeliveryView(department, id, "delivered", x.deliveredAt(), x.acknowledgedAt(), x.attempts()))
                .orElse(new DeliveryView(department, id, "pending", null, null, 0));
    }

    /** The community of a resident the caller sees: the first of its addresses in the caller's scope. */
    private static String community(Resident r, Caller caller) {
        for (Sourced<Address> a : java.util.Arrays.asList(r.registeredAddress(), r.currentAddress())) {
            if (a != null && a.value().division() != null && caller.scope().touches(a.value().division().value())) {
                return a.value().division().value();
            }
        }
        return null;
    }

    /** The body's values as text; a body that is no object of plain values is refused. */
    private static Map<String, String> fields(Map<String, Object> body) {
        if (body == null) {
            throw ProblemException.badRequest(List.of(new FieldError("kind", "field.present", "")));
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        body.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.put(k, String.valueOf(v));
            } else {
                errors.add(new FieldError(k, "value.plain", ""));
            }
        });
        body.keySet().stream().filter(k -> !Reports.FIELDS.contains(k))
                .forEach(k -> errors.add(new FieldError(k, "field.unknown", "")));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return out;
    }
}
