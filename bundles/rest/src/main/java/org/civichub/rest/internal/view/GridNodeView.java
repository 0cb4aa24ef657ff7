package org.civichub.rest.internal.view;

import java.util.Map;

/**
 * A place in the grid with its head counts: {@code level} (district, street, community, grid,
 * building, unit, floor, room), {@code at} the query that opens it ({@code /grid?division=&grid=&building=&unit=&floor=&room=}),
 * its label, residents, registered households and residents with each active tag kind. {@code at}
 * is {@code null} for a part whose address does not say where in it (it cannot be opened).
 */
public record GridNodeView(String level, Map<String, String> at, String label, long residents, long households,
                           Map<String, Long> tags) {
}
