package org.civichub.connector.generic.internal.rest;

import org.civichub.connector.kit.Positions;

/**
 * Where a sync run is: the service's cursor of the next page and the position stored so far in the
 * run, on which the next page's watermark builds. Lives only within one run; never stored. Written
 * as a {@link Positions} string, which escapes whatever the opaque service cursor holds.
 *
 * @param apiCursor the service's cursor of the next page
 * @param position  the record type's position after the pages stored so far, {@code null} before any
 */
record RunCursor(String apiCursor, String position) {

    private static final String CURSOR = "cursor";
    private static final String POSITION = "position";

    String encode() {
        return Positions.parse(null).with(CURSOR, apiCursor).with(POSITION, position).toString();
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encode()} wrote */
    static RunCursor decode(String text) {
        Positions p = Positions.parse(text);
        if (p.get(CURSOR) == null) {
            throw new IllegalArgumentException("not a cursor of the generic connector");
        }
        return new RunCursor(p.get(CURSOR), p.get(POSITION));
    }
}
