package org.civichub.rest.internal.grid;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of divisions (district, street, community) and the grids of each community, as the
 * grid file gives them; a division it does not name is shown by its code.
 */
public record GridPlan(Map<String, String> names, Map<String, List<Grid>> grids) {

    public static final GridPlan EMPTY = new GridPlan(Map.of(), Map.of());

    public GridPlan {
        names = Map.copyOf(names);
        grids = Map.copyOf(grids);
    }

    /** The division's name, or its code. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** The community's grids in the file's order; none when it has none configured. */
    public List<Grid> grids(String community) {
        return grids.getOrDefault(community, List.of());
    }

    /** The grid with this id: a configured one, or the community's unassigned buildings. */
    public Optional<Grid> grid(String id) {
        int dash = id.indexOf('-');
        if (dash != 12) {
            return Optional.empty();
        }
        String community = id.substring(0, dash);
        if (id.equals(community + "-" + Grid.UNASSIGNED)) {
            return Optional.of(Grid.unassigned(community));
        }
        return grids(community).stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The grid that takes the building: the first configured one that does, else the unassigned one. */
    public Grid gridOf(String community, String buildingName) {
        return grids(community).stream().filter(g -> g.takes(buildingName)).findFirst()
                .orElse(Grid.unassigned(community));
    }
}
