package org.civichub.model;

import java.util.Objects;

/**
 * A 12-digit statistical division code (GB/T 2260 county code extended to township and community),
 * e.g. {@code 350203006004}. Shorter prefixes name the enclosing divisions.
 */
public record DivisionCode(String value) {

    public DivisionCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{12}")) {
            throw new IllegalArgumentException("a division code has 12 digits: " + value);
        }
    }

    /** Whether {@code s} has the shape of a 12-digit division code. */
    public static boolean isValid(String s) {
        return s != null && s.matches("\\d{12}") && !s.startsWith("00");
    }

    public String province() {
        return value.substring(0, 2);
    }

    /** The 6-digit county (district) code. */
    public String county() {
        return value.substring(0, 6);
    }

    /** The 9-digit township or street code. */
    public String township() {
        return value.substring(0, 9);
    }

    /** The full 12-digit community (or village committee) code. */
    public String community() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
