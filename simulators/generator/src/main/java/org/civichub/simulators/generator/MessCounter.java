package org.civichub.simulators.generator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Draws and counts the deliberate flaws of one run. Not thread-safe. */
final class MessCounter {

    private final MessRates rates;
    private final Dice dice;
    private final long[] applied = new long[MessKind.values().length];
    private final long[] eligible = new long[MessKind.values().length];

    MessCounter(MessRates rates, Dice dice) {
        this.rates = rates;
        this.dice = dice;
    }

    /** Counts one eligible unit and decides, at the kind's rate, whether it gets the flaw. */
    boolean draw(MessKind kind) {
        eligible[kind.ordinal()]++;
        if (dice.chance(rates.rate(kind))) {
            applied[kind.ordinal()]++;
            return true;
        }
        return false;
    }

    Map<MessKind, MessTally> tallies() {
        Map<MessKind, MessTally> tallies = new EnumMap<>(MessKind.class);
        for (MessKind kind : MessKind.values()) {
            tallies.put(kind, new MessTally(applied[kind.ordinal()], eligible[kind.ordinal()]));
        }
        return Collections.unmodifiableMap(tallies);
    }
}
