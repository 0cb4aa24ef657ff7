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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.civichub.model.Pseudonyms;
import org.civichub.model.Resident;
import org.civichub.rest.internal.grid.Grid;
import org.civichub.rest.internal.grid.GridPlan;
import org.civichub.rest.internal.problem.FieldError;
import org.civichub.rest.internal.problem.ProblemException;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.security.CallerSecurityContext;
import org.civichub.rest.internal.security.Role;
import org.civichub.rest.internal.view.GridNodeView;
import org.civichub.rest.internal.view.GridStepView;
import org.civichub.rest.internal.view.GridView;
import org.civichub.rest.internal.view.ResidentSummary;
import org.civichub.store.Place;
import org.civichub.store.PlaceCount;
import org.civichub.store.PlaceLevel;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;

/**
 * {@code /grid}: the grid (网格) with head counts at every level, district → street → community →
 * grid → building → unit → floor → room, and at a room the residents living there (role
 * {@code worker}, within the caller's scope; a place outside it is 404). Residents are placed where
 * they live now, else where they are registered. Grids come from the grid file ({@link GridPlan}); a
 * community without grids goes straight to its buildings. Audited, with the residents shown.
 */
@Path("grid")
@Produces(MediaType.APPLICATION_JSON)
public final class GridResource {

    static final int MAX_ROOM_RESIDENTS = 200;

    private final ResidentSearch search;
    private final Supplier<GridPlan> plans;
    private final Auditor auditor;
    private final Pseudonyms pseudonyms;

    public GridResource(ResidentSearch search, Supplier<GridPlan> plans, Auditor auditor, Pseudonyms pseudonyms) {
        this.search = search;
        this.plans = plans;
        this.auditor = auditor;
        this.pseudonyms = pseudonyms;
    }

    @GET
    public GridView read(@QueryParam("division") String division, @QueryParam("grid") String grid,
            @QueryParam("building") String building, @QueryParam("unit") String unit,
            @QueryParam("floor") String floor, @QueryParam("room") String room, @QueryParam("reveal") String reveal,
            @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = CallerSecurityContext.of(security).require(Role.WORKER);
        Params params = new Params();
        String d = params.optional("division", division, "\\d{6}|\\d{9}|\\d{12}", "divisionCode");
        String g = params.optional("grid", grid, "\\d{12}-(\\d{1,4}|\\?)", "gridId");
        String b = params.optional("building", building, "[^\\p{Cntrl}]{1,100}", "length(1..100)");
        String u = params.optional("unit", unit, "\\d{1,6}|\\?", "placeNumber");
        String f = params.optional("floor", floor, "\\d{1,6}|\\?", "placeNumber");
        String r = params.optional("room", room, "\\d{1,8}|\\?", "placeNumber");
        below(params, "building", b, d != null && d.length() == 12 || g != null);
        below(params, "unit", u, b != null);
        below(params, "floor", f, u != null);
        below(params, "room", r, f != null);
        params.check();
        Disclosure disclosure = Disclosure.requested(caller, reveal);
        GridPlan plan = plans.get();
        Grid chosen = null;
        if (g != null) {
            chosen = plan.grid(g).orElseThrow(() -> ProblemException.notFound("no grid with this id"));
            if (d != null && !d.equals(chosen.community())) {
                throw ProblemException.badRequest(List.of(new FieldError("grid", "grid.inDivision", g)));
            }
            d = chosen.community();
        }
        if (d == null) {
            d = onlyPrefix(caller);
        }
        if (!caller.scope().touches(d)) {
            throw ProblemException.notFound("no such place in your scope");
        }
        Walk walk = new Walk(caller, plan, d, chosen, b, u, f, r);
        List<GridNodeView> children = walk.children();
        List<ResidentSummary> residents = List.of();
        List<String> shown = List.of();
        if (r != null) {
            List<Resident> found = search.search(new ResidentQuery(null, null, List.of(), List.of(), walk.place(), 0,
                    MAX_ROOM_RESIDENTS), caller.scope()).items().stream().filter(caller::sees).toList();
            ResidentViews views = new ResidentViews(disclosure, pseudonyms);
            residents = found.stream().map(views::summary).toList();
            shown = found.stream().map(Resident::id).toList();
        }
        auditor.record(caller, "grid.read", uri, shown, disclosure);
        return new GridView(walk.node(children), walk.path(), children, residents);
    }

    private static void below(Params params, String field, String value, boolean placed) {
        if (value != null && !placed) {
            params.error(new FieldError(field, "grid.path", value));
        }
    }

    /**
     * The caller's one scope prefix when it is a district, street or community (a grid worker's: the
     * grid's community); else 400.
     */
    static String onlyPrefix(Caller caller) {
        java.util.Set<String> starts = new java.util.TreeSet<>(caller.scope().divisionPrefixes());
        caller.grids().forEach(g -> starts.add(g.substring(0, 12)));
        List<String> usable = starts.stream().filter(p -> p.length() == 6 || p.length() == 9 || p.length() == 12).toList();
        if (usable.size() != 1) {
            throw ProblemException.badRequest(List.of(new FieldError("division", "required", null)));
        }
        return usable.get(0);
    }

    /** One request's way down the grid. */
    private final class Walk {

        private final Caller caller;
        private final GridPlan plan;
        private final String division;
        private final Grid grid;
        private final String building;
        private final String unit;
        private final String floor;
        private final String room;

        Walk(Caller caller, GridPlan plan, String division, Grid grid, String building, String unit, String floor,
             String room) {
            this.caller = caller;
            this.plan = plan;
            this.division = division;
            this.grid = grid;
            this.building = building;
            this.unit = unit;
            this.floor = floor;
            this.room = room;
        }

        String level() {
            if (room != null) {
                return "room";
            }
            if (floor != null) {
                return "floor";
            }
            if (unit != null) {
                return "unit";
            }
            if (building != null) {
                return "building";
            }
            return grid != null ? "grid" : divisionLevel(division);
        }

        Place place() {
            Place p = Place.of(division);
            return building == null ? p : p.inBuildings(List.of(building)).inUnit(unit).onFloor(floor).inRoom(room);
        }

        List<GridNodeView> children() {
            switch (level()) {
                case "district":
                    return divisions(9, "street", "街道不详");
                case "street":
                    return divisions(12, "community", "社区不详");
                case "community":
                    return plan.grids(division).isEmpty() ? buildings(null) : grids();
                case "grid":
                    return buildings(grid);
                case "building":
                    return numbered(PlaceLevel.UNIT, "unit");
                case "unit":
                    return numbered(PlaceLevel.FLOOR, "floor");
                case "floor":
                    return numbered(PlaceLevel.ROOM, "room");
                default:
                    return List.of();
            }
        }

        /** This place with the sum of its children's counts (at a room, its own). */
        GridNodeView node(List<GridNodeView> children) {
            List<PlaceCount> counted = room != null ? search.placeCounts(place(), PlaceLevel.ROOM, caller.scope())
                    : children.stream().map(c -> new PlaceCount(c.label(), c.residents(), c.households(), c.tags()))
                            .toList();
            return sum(level(), here(), label(level()), counted);
        }

        private List<GridNodeView> divisions(int length, String level, String unknown) {
            Map<String, List<PlaceCount>> by = new TreeMap<>();
            for (PlaceCount c : search.placeCounts(place(), PlaceLevel.DIVISION, caller.scope())) {
                String key = c.key().length() >= length ? c.key().substring(0, length) : Place.UNKNOWN;
                by.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
            List<GridNodeView> out = new ArrayList<>();
            by.forEach((code, counts) -> out.add(sum(level, Place.UNKNOWN.equals(code) ? null : at("division", code),
                    Place.UNKNOWN.equals(code) ? unknown : plan.name(code), counts)));
            return out;
        }

        private List<GridNodeView> grids() {
            Map<String, List<PlaceCount>> by = new LinkedHashMap<>();
            plan.grids(division).forEach(g -> by.put(g.id(), new ArrayList<>()));
            Grid unassigned = Grid.unassigned(division);
            for (PlaceCount c : search.placeCounts(place(), PlaceLevel.BUILDING, caller.scope())) {
                Grid g = Place.UNKNOWN.equals(c.key()) ? unassigned : plan.gridOf(division, c.key());
                by.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(c);
            }
            List<GridNodeView> out = new ArrayList<>();
            by.forEach((id, counts) -> out.add(sum("grid", at("grid", id),
                    plan.grid(id).map(Grid::name).orElse(id), counts)));
            return out;
        }

        private List<GridNodeView> buildings(Grid within) {
            List<GridNodeView> out = new ArrayList<>();
            for (PlaceCount c : search.placeCounts(place(), PlaceLevel.BUILDING, caller.scope())) {
                boolean unknown = Place.UNKNOWN.equals(c.key());
                Grid g = unknown ? Grid.unassigned(division) : plan.gridOf(division, c.key());
                if (within == null || within.id().equals(g.id())) {
                    out.add(counted("building", unknown ? null : extend("building", c.key()),
                            unknown ? "楼栋不详" : c.key(), c));
                }
            }
            out.sort(java.util.Comparator.comparing((GridNodeView n) -> n.at() == null)
                    .thenComparing(GridNodeView::label, GridResource::naturalOrder));
            return out;
        }

        private List<GridNodeView> numbered(PlaceLevel by, String level) {
            List<GridNodeView> out = new ArrayList<>();
            for (PlaceCount c : search.placeCounts(place(), by, caller.scope())) {
                out.add(counted(level, extend(level, c.key()), numberLabel(level, c.key()), c));
            }
            out.sort(java.util.Comparator.comparing(n -> n.at().get(level), GridResource::naturalOrder));
            return out;
        }

        List<GridStepView> path() {
            List<GridStepView> out = new ArrayList<>();
            for (int length : new int[] {6, 9, 12}) {
                if (length < division.length() && caller.scope().covers(division.substring(0, length))) {
                    String code = division.substring(0, length);
                    out.add(new GridStepView(divisionLevel(code), at("division", code), plan.name(code)));
                }
            }
            if (building != null || grid != null) {
                out.add(new GridStepView("community", at("division", division), plan.name(division)));
            }
            if (grid != null && building != null) {
                out.add(new GridStepView("grid", at("grid", grid.id()), grid.name()));
            }
            Map<String, String> at = grid != null ? at("grid", grid.id()) : at("division", division);
            String[][] steps = {{"building", building, "unit"}, {"unit", unit, "floor"}, {"floor", floor, "room"}};
            for (String[] step : steps) {
                if (step[1] != null && isSet(step[2])) {
                    at = with(at, step[0], step[1]);
                    out.add(new GridStepView(step[0], at, "building".equals(step[0]) ? step[1] : numberLabel(step[0], step[1])));
                }
            }
            return out;
        }

        private boolean isSet(String level) {
            return switch (level) {
                case "unit" -> unit != null;
                case "floor" -> floor != null;
                default -> room != null;
            };
        }

        private String label(String level) {
            return switch (level) {
                case "district", "street", "community" -> plan.name(division);
                case "grid" -> grid.name();
                case "building" -> building;
                case "unit" -> numberLabel(level, unit);
                case "floor" -> numberLabel(level, floor);
                default -> numberLabel(level, room);
            };
        }

        /** The query that opens this place. */
        private Map<String, String> here() {
            Map<String, String> at = grid != null ? at("grid", grid.id()) : at("division", division);
            at = building == null ? at : with(at, "building", building);
            at = unit == null ? at : with(at, "unit", unit);
            at = floor == null ? at : with(at, "floor", floor);
            return room == null ? at : with(at, "room", room);
        }

        /** The query that opens a place one level below this one. */
        private Map<String, String> extend(String key, String value) {
            return with(here(), key, value);
        }
    }

    private static GridNodeView sum(String level, Map<String, String> at, String label, List<PlaceCount> counts) {
        long residents = 0;
        long households = 0;
        Map<String, Long> tags = new TreeMap<>();
        for (PlaceCount c : counts) {
            residents += c.residents();
            households += c.households();
            c.tags().forEach((k, n) -> tags.merge(k, n, Long::sum));
        }
        return new GridNodeView(level, at, label, residents, households, tags);
    }

    private static GridNodeView counted(String level, Map<String, String> at, String label, PlaceCount c) {
        return new GridNodeView(level, at, label, c.residents(), c.households(), new TreeMap<>(c.tags()));
    }

    private static String divisionLevel(String code) {
        return code.length() == 6 ? "district" : code.length() == 9 ? "street" : "community";
    }

    private static String numberLabel(String level, String value) {
        boolean unknown = Place.UNKNOWN.equals(value);
        return switch (level) {
            case "unit" -> unknown ? "单元不详" : value + "单元";
            case "floor" -> unknown ? "楼层不详" : value + "层";
            default -> unknown ? "房号不详" : value + "室";
        };
    }

    private static Map<String, String> at(String key, String value) {
        Map<String, String> at = new LinkedHashMap<>();
        at.put(key, value);
        return at;
    }

    private static Map<String, String> with(Map<String, String> at, String key, String value) {
        Map<String, String> out = new LinkedHashMap<>(at);
        out.put(key, value);
        return out;
    }

    /** Numbers inside labels compared as numbers (2栋 before 10栋), unknowns last. */
    static int naturalOrder(String a, String b) {
        String x = a == null ? "\uffff" : a;
        String y = b == null ? "\uffff" : b;
        java.util.regex.Matcher mx = NUMBER.matcher(x);
        java.util.regex.Matcher my = NUMBER.matcher(y);
        int i = 0;
        int j = 0;
        while (mx.find(i) && my.find(j)) {
            int prefix = x.substring(i, mx.start()).compareTo(y.substring(j, my.start()));
            if (prefix != 0) {
                return prefix;
            }
            int n = Long.compare(Long.parseLong(mx.group()), Long.parseLong(my.group()));
            if (n != 0) {
                return n;
            }
            i = mx.end();
            j = my.end();
        }
        return x.substring(i).compareTo(y.substring(j));
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,18}");
}
