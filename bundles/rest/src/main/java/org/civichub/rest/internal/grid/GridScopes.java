package org.civichub.rest.internal.grid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.civichub.rest.internal.security.Caller;
import org.civichub.store.Place;
import org.civichub.store.ResidentSearch;
import org.civichub.store.Scope;

/**
 * Resolves a grid worker's grids into the places they are now: the grid's buildings that have
 * residents, by the grid file and the index, kept for {@value #KEEP_SECONDS} s. A grid the file no
 * longer has, or with no building yet, adds nothing: its worker sees no one through it.
 */
public final class GridScopes implements UnaryOperator<Caller> {

    static final int KEEP_SECONDS = 30;

    private record Resolved(Optional<Place> place, Instant at) {
    }

    private final Supplier<GridPlan> plans;
    private final ResidentSearch search;
    private final Clock clock;
    private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();

    public GridScopes(Supplier<GridPlan> plans, ResidentSearch search, Clock clock) {
        this.plans = plans;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public Caller apply(Caller caller) {
        if (caller == null || caller.grids().isEmpty()) {
            return caller;
        }
        Set<Place> places = new HashSet<>(caller.scope().places());
        caller.grids().forEach(id -> place(id).ifPresent(places::add));
        return caller.withScope(new Scope(caller.scope().divisionPrefixes(), places));
    }

    private Optional<Place> place(String gridId) {
        Instant now = clock.instant();
        Resolved r = resolved.get(gridId);
        if (r == null || Duration.between(r.at(), now).getSeconds() >= KEEP_SECONDS) {
            GridPlan plan = plans.get();
            Optional<Place> place = plan.grid(gridId).flatMap(g -> GridPlaces.of(g, plan, search,
                    new Scope(Set.of(g.community()))));
            r = new Resolved(place, now);
            resolved.put(gridId, r);
        }
        return r.place();
    }
}
