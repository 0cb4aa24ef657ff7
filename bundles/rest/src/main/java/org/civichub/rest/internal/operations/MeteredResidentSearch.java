package org.civichub.rest.internal.operations;

import org.civichub.metrics.Labels;
import org.civichub.metrics.Metrics;
import org.civichub.metrics.Timer;
import org.civichub.model.Resident;
import org.civichub.store.Page;
import org.civichub.store.ResidentQuery;
import org.civichub.store.ResidentSearch;
import org.civichub.store.Scope;

/** A resident search whose every call, failed ones included, is timed in the hub's metrics. */
public final class MeteredResidentSearch implements ResidentSearch {

    private final ResidentSearch search;
    private final Timer latency;

    public MeteredResidentSearch(ResidentSearch search, Metrics metrics) {
        this.search = search;
        this.latency = metrics.timer("civichub_search_seconds", "Resident searches and how long the store took",
                Labels.NONE);
    }

    @Override
    public Page<Resident> search(ResidentQuery query, Scope scope) {
        return latency.time(() -> search.search(query, scope));
    }

    @Override
    public Page<Resident> summaries(ResidentQuery query, Scope scope) {
        return latency.time(() -> search.summaries(query, scope));
    }

    @Override
    public java.util.Map<String, Long> tagCounts(Scope scope) {
        return latency.time(() -> search.tagCounts(scope));
    }

    @Override
    public java.util.Map<String, Long> conflictCounts(Scope scope) {
        return latency.time(() -> search.conflictCounts(scope));
    }

    @Override
    public java.util.List<org.civichub.store.PlaceCount> placeCounts(org.civichub.store.Place place,
            org.civichub.store.PlaceLevel by, Scope scope) {
        return latency.time(() -> search.placeCounts(place, by, scope));
    }

    @Override
    public java.util.List<Resident> similarIdNumbers(String idNumber, Scope scope, int max) {
        return latency.time(() -> search.similarIdNumbers(idNumber, scope, max));
    }
}
