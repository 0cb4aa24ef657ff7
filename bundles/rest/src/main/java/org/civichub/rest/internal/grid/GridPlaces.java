package org.civichub.rest.internal.grid;

import java.util.List;
import java.util.Optional;
import org.civichub.store.Place;
import org.civichub.store.PlaceLevel;
import org.civichub.store.ResidentSearch;
import org.civichub.store.Scope;

/** Where a grid's residents live: its community narrowed to the buildings of the community the grid takes. */
public final class GridPlaces {

    private GridPlaces() {
    }

    /**
     * The place of the grid's residents in the scope; empty when none of the community's buildings
     * with residents is the grid's (a place without buildings would mean the whole community).
     */
    public static Optional<Place> of(Grid grid, GridPlan plan, ResidentSearch search, Scope scope) {
        String community = grid.community();
        List<String> buildings = search.placeCounts(Place.of(community), PlaceLevel.BUILDING, scope).stream()
                .map(c -> c.key()).filter(b -> !Place.UNKNOWN.equals(b))
                .filter(b -> plan.gridOf(community, b).id().equals(grid.id())).toList();
        return buildings.isEmpty() ? Optional.empty() : Optional.of(Place.of(community).inBuildings(buildings));
    }
}
