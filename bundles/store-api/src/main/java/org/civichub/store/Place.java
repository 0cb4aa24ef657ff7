package org.civichub.store;

import java.util.List;

/**
 * A part of the grid where residents live (where they live now, else where they are registered):
 * a division-code prefix, optionally narrowed to buildings of that division (named by road, house
 * number and building, e.g. {@code 大同路123号5栋}), then a unit, a floor and a room. An empty building list
 * means every building; {@link #UNKNOWN} as the unit, floor or room means residents whose address
 * does not say it.
 */
public record Place(String division, List<String> buildings, String unit, String floor, String room) {

    /** The value that stands for a unit, floor or room the address does not give. */
    public static final String UNKNOWN = "?";

    public Place {
        if (division == null || !division.matches("\\d{2,12}")) {
            throw new IllegalArgumentException("a place starts from a division-code prefix: " + division);
        }
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
    }

    /** Every resident living in the division. */
    public static Place of(String division) {
        return new Place(division, List.of(), null, null, null);
    }

    /** The residents of these buildings of the division. */
    public Place inBuildings(List<String> names) {
        return new Place(division, names, unit, floor, room);
    }

    public Place inUnit(String u) {
        return new Place(division, buildings, u, floor, room);
    }

    public Place onFloor(String f) {
        return new Place(division, buildings, unit, f, room);
    }

    public Place inRoom(String r) {
        return new Place(division, buildings, unit, floor, r);
    }

    /** Whether a resident living at this home lives in this place. */
    public boolean contains(org.civichub.resolver.Home home) {
        return home.division().startsWith(division)
                && (buildings.isEmpty() || buildings.contains(home.building()))
                && part(unit, home.unit()) && part(floor, home.floor()) && part(room, home.room());
    }

    private static boolean part(String wanted, String actual) {
        return wanted == null || (UNKNOWN.equals(wanted) ? actual == null : wanted.equals(actual));
    }
}
