package org.civichub.simulators.generator;

/** How many units were eligible for one {@link MessKind} and how many of them got the flaw. */
public record MessTally(long applied, long eligible) {

    /** The observed share, 0 when nothing was eligible. */
    public double rate() {
        return eligible == 0 ? 0 : (double) applied / eligible;
    }
}
