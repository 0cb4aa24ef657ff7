package org.civichub.simulators.generator;

import java.util.EnumMap;
import java.util.Map;

/**
 * The probability of each {@link MessKind}, between 0 and 1. Immutable; kinds not given explicitly
 * use their default rate.
 */
public record MessRates(Map<MessKind, Double> rates) {

    public MessRates {
        EnumMap<MessKind, Double> copy = new EnumMap<>(MessKind.class);
        for (MessKind kind : MessKind.values()) {
            copy.put(kind, kind.defaultRate());
        }
        rates.forEach((kind, rate) -> {
            if (rate == null || rate < 0 || rate > 1) {
                throw new IllegalArgumentException("rate of " + kind + " must be between 0 and 1: " + rate);
            }
            copy.put(kind, rate);
        });
        rates = java.util.Collections.unmodifiableMap(copy);
    }

    public static MessRates defaults() {
        return new MessRates(Map.of());
    }

    /** No deliberate flaws at all: a clean dataset. */
    public static MessRates none() {
        EnumMap<MessKind, Double> zero = new EnumMap<>(MessKind.class);
        for (MessKind kind : MessKind.values()) {
            zero.put(kind, 0.0);
        }
        return new MessRates(zero);
    }

    public MessRates with(MessKind kind, double rate) {
        EnumMap<MessKind, Double> changed = new EnumMap<>(rates);
        changed.put(kind, rate);
        return new MessRates(changed);
    }

    public double rate(MessKind kind) {
        return rates.get(kind);
    }
}
