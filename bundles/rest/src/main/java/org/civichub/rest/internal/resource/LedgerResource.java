package org.civichub.rest.internal.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.civichub.ledgers.Column;
import org.civichub.ledgers.Ledger;
import org.civichub.ledgers.LedgerWorkbook;
import org.civichub.model.Address;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.model.Sourced;
import org.civichub.model.Tag;
import org.civichub.rest.internal.grid.Grid;
import org.civichub.rest.internal.grid.GridPlaces;
import org.civichub.rest.internal.grid.GridPlan;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.LedgerView;
import org.civichub.rest.internal.view.ResidentSummary;
import org.civichub.store.Page;
import org.civichub.store.Place;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;

/**
 * {@code /ledgers}: electronic ledgers (电子台账), the residents of a community or grid with an active
 * tag of one kind (role {@code worker}, within the caller's scope), as JSON for the screen or as an
 * {@code .xlsx} workbook ({@code Accept} {@value LedgerWorkbook#MEDIA_TYPE} or {@code ?format=xlsx}).
 * Masked like every answer; at most {@value #MAX_ROWS} rows (narrow to a community or grid beyond).
 * Audited with every resident listed: a read as {@code ledger.read}, a download as {@code ledger.export}.
 */
@Path("ledgers")
public final class LedgerResource {

    static final int MAX_ROWS = 10_000;
    private static final int PAGE = ResidentQuery.MAX_SIZE;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The ledgers a community keeps: a tag kind and the ledger's name. */
    static final Map<String, String> TITLES = Map.of(
            "subsistence", "低保对象台账", "extreme-poverty", "特困人员台账", "temporary-assistance", "临时救助台账",
            "disability", "残疾人台账", "elderly-alone", "独居老人台账", "elderly-care", "养老服务对象台账",
            "floating", "流动人口台账", "newborn", "新生儿台账", "unemployed", "失业人员台账");
    private static final Map<String, String> DETAIL = Map.of("disability", "残疾类别", "subsistence", "保障类别",
            "elderly-care", "服务类别", "floating", "居住事由");
    private static final Map<String, String> GRADE = Map.of("disability", "残疾等级", "subsistence", "月保障金额",
            "elderly-care", "照护等级");
    private static final Map<String, String> DEPARTMENTS = Map.of("police", "公安", "health", "卫健", "civil", "民政",
            "labour", "人社", "community", "社区", "hub", "平台裁决");

    private final ResidentSearch search;
    private final Supplier<GridPlan> plans;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    public LedgerResource(ResidentSearch search, Supplier<GridPlan> plans, Auditor auditor, Pseudonyms pseudonyms,
                          Clock clock) {
        this.search = search;
        this.plans = plans;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, LedgerWorkbook.MEDIA_TYPE})
    public Response read(@QueryParam("kind") String kind, @QueryParam("community") String community,
            @QueryParam("grid") String grid, @QueryParam("format") String format, @QueryParam("reveal") String reveal,
            @Context HttpHeaders headers, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Params params = new Params();
        if (kind == null || !TITLES.containsKey(kind.strip())) {
            params.error(new FieldError("kind", "oneOf" + new java.util.TreeSet<>(TITLES.keySet()), kind));
        }
        String division = params.optional("community", community, "\\d{6}|\\d{9}|\\d{12}", "divisionCode");
        String gridId = params.optional("grid", grid, "\\d{12}-(\\d{1,4}|\\?)", "gridId");
        String fmt = params.optional("format", format, "json|xlsx", "oneOf[json, xlsx]");
        params.check();
        String k = kind.strip();
        GridPlan plan = plans.get();
        Grid chosen = null;
        if (gridId != null) {
            chosen = plan.grid(gridId).orElseThrow(() -> ProblemException.notFound("no grid with this id"));
            if (division != null && !chosen.community().startsWith(division)) {
                throw ProblemException.badRequest(List.of(new FieldError("grid", "grid.inDivision", gridId)));
            }
            division = chosen.community();
        }
        if (division == null) {
            division = GridResource.onlyPrefix(caller);
        }
        if (!caller.scope().touches(division)) {
            throw ProblemException.notFound("no such place in your scope");
        }
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        List<Resident> residents = residents(k, division, chosen, plan, caller);
        boolean xlsx = "xlsx".equals(fmt) || fmt == null && wantsWorkbook(headers);
        auditor.record(caller, xlsx ? "ledger.export" : "ledger.read", uri, residents.stream().map(Resident::id).toList(),
                disclosure);
        Ledger ledger = ledger(k, where(plan, division, chosen), caller, residents, disclosure);
        if (!xlsx) {
            return Response.ok(new LedgerView(k, ledger.title(), ledger.subtitle(),
                    ledger.columns().stream().map(Column::header).toList(), ledger.rows()), MediaType.APPLICATION_JSON)
                    .build();
        }
        StreamingOutput body = out -> LedgerWorkbook.write(ledger, out);
        String file = ledger.title() + "-" + (chosen != null ? chosen.id() : division) + "-"
                + LocalDate.now(clock.withZone(CHINA)).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        return Response.ok(body, LedgerWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"ledger.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static boolean wantsWorkbook(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(LedgerWorkbook.MEDIA_TYPE))
                && !accepted.get(0).isWildcardType();
    }

    /** The residents of the place with an active tag of the kind, by where they live; 400 beyond {@value #MAX_ROWS}. */
    private List<Resident> residents(String kind, String division, Grid grid, GridPlan plan, Caller caller) {
        Place place = Place.of(division);
        if (grid != null) {
            Optional<Place> buildings = GridPlaces.of(grid, plan, search, caller.scope());
            if (buildings.isEmpty()) {
                return List.of();
            }
            place = buildings.get();
        }
        List<Resident> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Resident> found = search.search(new ResidentQuery(null, null, List.of(kind), List.of(), place, page, PAGE),
                    caller.scope());
            if (found.total() > MAX_ROWS) {
                throw ProblemException.badRequest(List.of(new FieldError("community", "ledger.size", division)));
            }
            found.items().stream().filter(caller::sees).forEach(out::add);
            if (found.items().size() < PAGE || (long) (page + 1) * PAGE >= found.total()) {
                return out;
            }
        }
    }

    private static String where(GridPlan plan, String division, Grid grid) {
        String name = plan.name(division);
        String place = name.equals(division) ? "辖区 " + division : name + "（" + division + "）";
        return grid == null ? place : place + " " + grid.name();
    }

    private Ledger ledger(String kind, String where, Caller caller, List<Resident> residents, Disclosure disclosure) {
        String exported = java.time.ZonedDateTime.now(clock.withZone(CHINA))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        List<Column> columns = List.of(new Column("序号", 4), new Column("姓名", 6), new Column("身份证号", 10),
                new Column("性别", 3), new Column(disclosure.full() ? "出生日期" : "出生年份", 5), new Column("户号", 7),
                new Column("现住址", 24), new Column(DETAIL.getOrDefault(kind, "类别"), 8),
                new Column(GRADE.getOrDefault(kind, "等级"), 6), new Column("起始日期", 6), new Column("终止日期", 6),
                new Column("数据来源", 5));
        ResidentViews views = new ResidentViews(disclosure, pseudonyms);
        List<List<String>> rows = new ArrayList<>();
        for (Resident r : residents) {
            ResidentSummary s = views.summary(r);
            List<Sourced<Tag>> tags = r.tags().stream()
                    .filter(t -> t.value().isActive() && t.value().kind().code().equals(kind)).toList();
            LocalDate birth = ResidentViews.birth(r);
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(rows.size() + 1));
            row.add(s.name());
            row.add(s.idNumber());
            row.add(s.sex() == null ? null : s.sex().label());
            row.add(s.birthDate() != null ? s.birthDate().toString() : s.birthYear() == null ? null : s.birthYear().toString());
            row.add(s.householdNo());
            row.add(disclosure.text(address(r)));
            row.add(joined(tags, t -> t.value().detail()));
            row.add(joined(tags, t -> t.value().grade()));
            row.add(joined(tags, t -> date(disclosure.tagDate(t.value().from(), birth))));
            row.add(joined(tags, t -> date(disclosure.tagDate(t.value().to(), birth))));
            row.add(joined(tags, t -> DEPARTMENTS.getOrDefault(t.source().department(), t.source().department())));
            rows.add(row);
        }
        String title = TITLES.get(kind);
        return new Ledger(title, where + " · " + residents.size() + " 人 · 导出 " + exported + " · " + caller.user(), columns, rows);
    }

    private static String address(Resident r) {
        Address a = r.currentAddress() != null ? r.currentAddress().value()
                : r.registeredAddress() != null ? r.registeredAddress().value() : null;
        return a == null ? null : a.text();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String joined(List<Sourced<Tag>> tags, java.util.function.Function<Sourced<Tag>, String> value) {
        Set<String> values = tags.stream().map(value).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        return values.isEmpty() ? null : String.join("、", values);
    }
}
