package org.civichub.rest.internal.view;

import java.util.List;

/**
 * The conflicts in the caller's scope: {@code counts} by kind and department pair (all of them,
 * whatever the filter), then one page of the residents that match the filter with their conflicts.
 */
public record ConflictsPage(List<ConflictCountView> counts, long total, int page, int size,
                            List<ResidentConflicts> items) {

    public ConflictsPage {
        counts = List.copyOf(counts);
        items = List.copyOf(items);
    }
}
