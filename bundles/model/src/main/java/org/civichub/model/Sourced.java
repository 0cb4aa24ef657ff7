package org.civichub.model;

import java.util.Objects;

/** A value together with where it came from. */
public record Sourced<T>(T value, Provenance source) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Survivorship by recency: the more recent of two sourced values, either of which may be
     * {@code null}.
     */
    public static <T> Sourced<T> newer(Sourced<T> a, Sourced<T> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.source.isNewerThan(a.source) ? b : a;
    }
}
