package org.civichub.rest.internal.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civichub.rest.internal.security.Caller;
import org.civichub.rest.internal.view.GridNodeView;
import org.civichub.rest.internal.view.GridStepView;
import org.civichub.store.Place;
import org.civichub.store.PlaceCount;
import org.civichub.store.PlaceLevel;
import org.civichub.store.ResidentSearch;

/**
 * One request's way down the grid: from a division (district, street, community) or a grid, then a
 * building, unit, floor and room, the place asked for, the places one level below it with their head
 * counts, and the steps down to it from the caller's scope. Counts are the caller's scope's only.
 */
public final class GridWalk {

    private final ResidentSearch search;
    private final Caller caller;
    private final GridPlan plan;
    private final String division;
    private final Grid grid;
    private final String building;
    private final String unit;
    private final String floor;
    private final String room;

    public GridWalk(ResidentSearch search, Caller caller, GridPlan plan, String division, Grid grid, String building,
                    String unit, String floor, String room) {
        this.search = search;
        this.caller = caller;
        this.plan = plan;
        this.division = division;
        this.grid = grid;
        this.building = building;
        this.unit = unit;
        this.floor = floor;
        this.room = room;
    }

    public String level() {
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

    public Place place() {
        Place p = Place.of(division);
        return building == null ? p : p.inBuildings(List.of(building)).inUnit(unit).onFloor(floor).inRoom(room);
    }

    public List<GridNodeView> children() {
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
    public GridNodeView node(List<GridNodeView> children) {
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
                .thenComparing(GridNodeView::label, GridWalk::naturalOrder));
        return out;
    }

    private List<GridNodeView> numbered(PlaceLevel by, String level) {
        List<GridNodeView> out = new ArrayList<>();
        for (PlaceCount c : search.placeCounts(place(), by, caller.scope())) {
            out.add(counted(level, extend(level, c.key()), numberLabel(level, c.key()), c));
        }
        out.sort(java.util.Comparator.comparing(n -> n.at().get(level), GridWalk::naturalOrder));
        return out;
    }

    public List<GridStepView> path() {
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
