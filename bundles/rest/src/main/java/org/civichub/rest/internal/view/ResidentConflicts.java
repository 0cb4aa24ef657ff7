package org.civichub.rest.internal.view;

import java.util.List;

/** A resident and the conflicts it carries. */
public record ResidentConflicts(ResidentSummary resident, List<ConflictView> conflicts) {

    public ResidentConflicts {
        conflicts = List.copyOf(conflicts);
    }
}
