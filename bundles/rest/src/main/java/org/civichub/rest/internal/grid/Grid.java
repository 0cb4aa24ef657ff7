package org.civichub.rest.internal.grid;

import java.util.List;

/**
 * A grid (网格) of a community: its id ({@code <community>-<number>}), its name, and the buildings it
 * takes. {@link #unassigned} stands for a community's buildings that no grid takes.
 */
public record Grid(String id, String name, List<BuildingRule> rules) {

    /** The id suffix of the buildings of a community that no configured grid takes. */
    public static final String UNASSIGNED = "?";

    public Grid {
        rules = List.copyOf(rules);
    }

    /** The grid of the community's buildings that no configured grid takes. */
    public static Grid unassigned(String community) {
        return new Grid(community + "-" + UNASSIGNED, "未划入网格", List.of());
    }

    public String community() {
        return id.substring(0, id.indexOf('-'));
    }

    public boolean isUnassigned() {
        return id.endsWith("-" + UNASSIGNED);
    }

    /** Whether one of its rules takes the building. */
    boolean takes(String buildingName) {
        return rules.stream().anyMatch(r -> r.takes(buildingName));
    }
}
