package org.civichub.rest.internal.view;

import java.util.List;

/**
 * One place of the grid ({@code node}), the way down to it from the caller's scope ({@code path},
 * without counts), the places one level below it, and at a room the residents living there.
 */
public record GridView(GridNodeView node, List<GridStepView> path, List<GridNodeView> children,
                       List<ResidentSummary> residents) {
}
