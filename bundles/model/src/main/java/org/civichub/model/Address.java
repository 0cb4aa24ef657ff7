package org.civichub.model;

import jakarta.validation.constraints.Size;

/**
 * An address: the division code down to the community, the grid inside the community, the
 * building, unit and room where known, and the free text as the source wrote it.
 */
public record Address(
        DivisionCode division,
        @Size(max = 200, message = "{address.text.size}") String text,
        String grid,
        String building,
        String unit,
        String room) {

    /** An address known only by its text, with an optional division code. */
    public static Address ofText(DivisionCode division, String text) {
        return new Address(division, text, null, null, null, null);
    }
}
