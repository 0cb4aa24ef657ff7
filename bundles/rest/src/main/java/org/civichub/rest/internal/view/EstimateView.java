package org.civichub.rest.internal.view;

import java.util.List;

/**
 * What EM estimates from the hub's own candidate pairs, next to the model the resolver runs with:
 * per comparator and level the estimated m and u, the weight they give (log2 m/u) and the weight
 * configured; the estimated share of matching pairs; and the estimate as configuration lines for
 * {@code etc/org.civichub.resolver.cfg}.
 */
public record EstimateView(long pairsScored, int pairsSampled, double proportion, int iterations, boolean converged,
                           List<ComparatorView> comparators, String config) {

    public EstimateView {
        comparators = List.copyOf(comparators);
    }

    /** One comparator's levels. */
    public record ComparatorView(String name, List<LevelView> levels) {
        public ComparatorView {
            levels = List.copyOf(levels);
        }
    }

    /** One level: estimated m and u, the weight they give, and the weight configured. */
    public record LevelView(String level, double m, double u, double weight, double configuredWeight) {
    }
}
